namespace Samenspel.Web.Features.Announcements;

/// <summary>One published announcement, opened through a personal link (from the mail or the home page). Opening it
/// records the first read. No sign-in needed: referrers and partners have no account, and the link shows only
/// this announcement, which is organisation data.</summary>
[AllowAnonymous]
public sealed class ReadModel(SamenspelDb db, RecipientLinks links, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    public Announcement Item { get; private set; } = null!;
    public string Scope { get; private set; } = "";
    public string Name { get; private set; } = "";
    /// <summary>The link is older than <see cref="RecipientLinks.ValidDays"/>: the page says so, and how to get a new one.</summary>
    public ExpiredLink? Expired { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (links.Recipient(Token) is not { } opened) return NotFound();
        var id = opened.Id;
        var row = await db.AnnouncementRecipients.AsNoTracking().Where(r => r.Id == id)
            .Join(db.Announcements.Where(a => a.PublishedAt != null), r => r.AnnouncementId, a => a.Id, (r, a) => new { r.Name, r.ReadAt, r.Kind, a })
            .SingleOrDefaultAsync(ct);
        if (row is null) return NotFound();
        if (opened.Expired)
        {
            Expired = new ExpiredLink(links.ValidDays, (await AnnouncementDelivery.ScopeAsync(db, row.a.OrganisationId, row.a.TeamId, ct)).Scope, row.Kind == RecipientKind.Youth);
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }
        if (row.ReadAt is null)
        {
            var now = clock.GetUtcNow();
            await db.AnnouncementRecipients.Where(r => r.Id == id && r.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.ReadAt, now), ct);
        }
        Item = row.a;
        Name = row.Name;
        (_, Scope) = await AnnouncementDelivery.ScopeAsync(db, row.a.OrganisationId, row.a.TeamId, ct);
        return Page();
    }
}

/// <summary>What the "this link is too old" part of a link page says: how long links work, who to ask for a new one,
/// and whether to say "je" (a youth) or "u".</summary>
public sealed record ExpiredLink(int ValidDays, string From, bool Youth);
