using Samenspel.Domain.Communication;

namespace Samenspel.Web.Features.Announcements;

public static class AnnouncementLabels
{
    public static string Of(this IStringLocalizer t, Audience audience) => t[audience switch
    {
        Audience.Carers => "de ouders en opvoeders",
        Audience.Youths => "de jongeren",
        Audience.Staff => "de medewerkers",
        Audience.Referrers => "de verwijzers",
        _ => "de partners (school, behandelaar, woongroep)",
    }];

    public static string Of(this IStringLocalizer t, RecipientKind kind) => t[kind switch
    {
        RecipientKind.Staff => "medewerker",
        RecipientKind.Carer => "ouder of opvoeder",
        RecipientKind.Youth => "jongere",
        _ => "netwerkcontact",
    }];

    public static string Of(this IStringLocalizer t, EventKind kind) => t[kind switch
    {
        EventKind.InformationEvening => "informatieavond",
        EventKind.ParentMeeting => "ouderbijeenkomst",
        EventKind.ThemeEvening => "thema-avond",
        _ => "afsluiting",
    }];

    public static string Of(this IStringLocalizer t, Rsvp? rsvp) => t[rsvp switch
    {
        Rsvp.Yes => "komt",
        Rsvp.No => "komt niet",
        Rsvp.Maybe => "komt misschien",
        _ => "nog geen antwoord",
    }];

    public static bool MayManage(Viewer? viewer, Guid organisationId, Guid? team) =>
        viewer is { StaffRole: { } role } && viewer.OrganisationId == organisationId && AudienceRules.MayAddress(role, viewer.TeamId, team);
}
