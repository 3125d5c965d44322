using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samenspel.Domain.Communication;
using Samenspel.Web.Access;
using Samenspel.Web.Data;

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

    /// <summary>The teams the viewer may address, and "the whole organisation" first when allowed
    /// (<see cref="AudienceRules.MayAddress"/>). The value is the team id, or "org".</summary>
    public static async Task<List<SelectListItem>> ScopeOptionsAsync(SamenspelDb db, Viewer viewer, IStringLocalizer t, CancellationToken ct)
    {
        var teams = await db.Teams.AsNoTracking().Where(x => x.OrganisationId == viewer.OrganisationId).OrderBy(x => x.Name).ToListAsync(ct);
        var options = new List<SelectListItem>();
        if (viewer.StaffRole is { } role && AudienceRules.MayAddress(role, viewer.TeamId, null))
            options.Add(new SelectListItem(t["De hele organisatie"], OrganisationScope));
        options.AddRange(teams.Where(x => viewer.StaffRole is { } r && AudienceRules.MayAddress(r, viewer.TeamId, x.Id))
            .Select(x => new SelectListItem(x.Name, x.Id.ToString())));
        return options;
    }

    public const string OrganisationScope = "org";

    /// <summary>The team a scope value names, checked against the options the viewer has.</summary>
    public static bool TryScope(string? value, IEnumerable<SelectListItem> options, out Guid? team)
    {
        team = null;
        if (value is null || options.All(o => o.Value != value)) return false;
        if (value != OrganisationScope) team = Guid.Parse(value);
        return true;
    }

    public static bool MayManage(Viewer? viewer, Guid organisationId, Guid? team) =>
        viewer is { StaffRole: { } role } && viewer.OrganisationId == organisationId && AudienceRules.MayAddress(role, viewer.TeamId, team);
}
