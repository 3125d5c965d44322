using Samenspel.Web.Features.Announcements;

namespace Samenspel.Web.Features.Events;

/// <summary>The events of the scopes the viewer may address, the next first, then the past ones.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(SamenspelDb db, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed record Row(Guid Id, string Title, EventKind Kind, string Scope, DateTimeOffset StartsAt, int Invited, int Yes, bool Summarised);

    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = Viewer.From(User)!;
        var teams = await db.Teams.AsNoTracking().Where(x => x.OrganisationId == viewer.OrganisationId).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var all = await db.Events.AsNoTracking().Where(e => e.OrganisationId == viewer.OrganisationId)
            .OrderByDescending(e => e.StartsAt).Take(200)
            .Select(e => new
            {
                e.Id, e.Title, e.Kind, e.TeamId, e.StartsAt,
                Invited = db.EventInvitees.Count(i => i.EventId == e.Id),
                Yes = db.EventInvitees.Count(i => i.EventId == e.Id && i.Response == Rsvp.Yes),
                Summarised = db.Announcements.Any(a => a.EventId == e.Id),
            })
            .ToListAsync(ct);
        Rows = all.Where(e => AnnouncementLabels.MayManage(viewer, viewer.OrganisationId, e.TeamId))
            .Select(e => new Row(e.Id, e.Title, e.Kind, e.TeamId is { } id ? teams[id] : t["De hele organisatie"], e.StartsAt, e.Invited, e.Yes, e.Summarised))
            .ToList();
        return Page();
    }
}
