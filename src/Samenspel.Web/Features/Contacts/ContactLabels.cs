namespace Samenspel.Web.Features.Contacts;

/// <summary>Plain Dutch words for the contact log, translated through the shared resource.</summary>
public static class ContactLabels
{
    public static string Of(this IStringLocalizer t, ContactDirection direction) => t[direction switch
    {
        ContactDirection.Outbound => "wij namen contact op",
        _ => "zij namen contact op",
    }];

    public static string Of(this IStringLocalizer t, ContactReason reason) => t[reason switch
    {
        ContactReason.Update => "nieuws",
        ContactReason.Incident => "incident",
        ContactReason.Concern => "zorg",
        ContactReason.Absence => "afwezigheid",
        _ => "verandering",
    }];
}
