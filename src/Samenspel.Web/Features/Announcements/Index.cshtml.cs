using Samenspel.Domain.Communication;

namespace Samenspel.Web.Features.Announcements;

/// <summary>The announcements of the scopes the viewer may address, newest first, with how many have read each.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(SamenspelDb db, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed record Row(Guid Id, string Title, string Scope, Audience Audience, DateOnly PublishOn, bool Published, int Recipients, int Read, bool Newsletter);

    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = Viewer.From(User)!;
        var teams = await db.Teams.AsNoTracking().Where(x => x.OrganisationId == viewer.OrganisationId).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var all = await db.Announcements.AsNoTracking().Where(a => a.OrganisationId == viewer.OrganisationId && a.EventId == null)
            .OrderByDescending(a => a.CreatedAt).Take(200)
            .Select(a => new
            {
                a.Id, a.Title, a.TeamId, a.Audience, a.PublishOn, Published = a.PublishedAt != null, a.MonthlyDay,
                Recipients = db.AnnouncementRecipients.Count(r => r.AnnouncementId == a.Id),
                Read = db.AnnouncementRecipients.Count(r => r.AnnouncementId == a.Id && r.ReadAt != null),
            })
            .ToListAsync(ct);
        Rows = all.Where(a => AnnouncementLabels.MayManage(viewer, viewer.OrganisationId, a.TeamId))
            .Select(a => new Row(a.Id, a.Title, a.TeamId is { } id ? teams[id] : t["De hele organisatie"], a.Audience, a.PublishOn, a.Published,
                a.Recipients, a.Read, a.MonthlyDay is not null))
            .ToList();
        return Page();
    }
}
