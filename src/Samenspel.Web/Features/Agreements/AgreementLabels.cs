namespace Samenspel.Web.Features.Agreements;

/// <summary>Plain Dutch words for agreements, translated through the shared resource.</summary>
public static class AgreementLabels
{
    public static readonly AgreementKind[] Kinds = [AgreementKind.Working, AgreementKind.Everyday, AgreementKind.Contact];

    public static string Heading(this IStringLocalizer t, AgreementKind kind) => t[kind switch
    {
        AgreementKind.Working => "Werkafspraken",
        AgreementKind.Everyday => "Dagelijkse afspraken",
        _ => "Contactafspraken",
    }];

    public static string One(this IStringLocalizer t, AgreementKind kind) => t[kind switch
    {
        AgreementKind.Working => "werkafspraak",
        AgreementKind.Everyday => "dagelijkse afspraak",
        _ => "contactafspraak",
    }];

    public static string Of(this IStringLocalizer t, AgreementOwner owner) => t[owner switch
    {
        AgreementOwner.Mentor => "mentor",
        AgreementOwner.Carer => "ouder",
        AgreementOwner.Youth => "jongere",
        _ => "team",
    }];

    public static string Of(this IStringLocalizer t, ContactChannel channel) => t[channel switch
    {
        ContactChannel.Phone => "telefoon",
        ContactChannel.Message => "bericht",
        ContactChannel.Email => "e-mail",
        ContactChannel.FaceToFace => "gesprek",
        _ => "huisbezoek",
    }];

    /// <summary>"elke dag" or "elke 14 dagen".</summary>
    public static string EveryDays(this IStringLocalizer t, int days) => days == 1 ? t["elke dag"] : t["elke {0} dagen", days];

    /// <summary>Who carries the agreement out: "mentor (Eva de Boer)", "ouder (Ingrid Peters)", "jongere", "team".</summary>
    public static string Who(this IStringLocalizer t, AgreementOwner owner, string? name) =>
        name is null ? t.Of(owner) : $"{t.Of(owner)} ({name})";
}
