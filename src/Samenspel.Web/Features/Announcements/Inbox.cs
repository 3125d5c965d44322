namespace Samenspel.Web.Features.Announcements;

/// <summary>On every home page: the announcements and event invitations for the signed-in account, newest first,
/// unread ones marked. Each opens through the same personal link as in the mail.</summary>
public sealed class InboxViewComponent(SamenspelDb db, RecipientLinks links, TimeProvider clock) : ViewComponent
{
    public sealed record Item(string Title, DateOnly On, bool Read, string Link);
    public sealed record Invitation(string Title, DateTimeOffset StartsAt, Rsvp? Response, string Link);
    public sealed record Model(List<Item> Announcements, List<Invitation> Invitations, AccountKind Kind);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var viewer = Viewer.From(HttpContext.User);
        if (viewer is null) return Content("");
        var items = await db.AnnouncementRecipients.AsNoTracking().Where(r => r.UserId == viewer.UserId)
            .Join(db.Announcements.Where(a => a.PublishedAt != null), r => r.AnnouncementId, a => a.Id, (r, a) => new { r.Id, r.ReadAt, a.Title, a.PublishOn, a.PublishedAt })
            .OrderByDescending(x => x.PublishedAt).Take(10).ToListAsync();
        var now = clock.GetUtcNow();
        var invitations = await db.EventInvitees.AsNoTracking().Where(i => i.UserId == viewer.UserId)
            .Join(db.Events.Where(e => e.EndsAt > now), i => i.EventId, e => e.Id, (i, e) => new { i.Id, e.Title, e.StartsAt, i.Response })
            .OrderBy(x => x.StartsAt).Take(10).ToListAsync();
        return View("/Features/Announcements/_Inbox.cshtml", new Model(
            items.Select(x => new Item(x.Title, x.PublishOn, x.ReadAt is not null, links.ReadPath(x.Id))).ToList(),
            invitations.Select(x => new Invitation(x.Title, x.StartsAt, x.Response, links.RespondPath(x.Id))).ToList(),
            viewer.Kind));
    }
}
