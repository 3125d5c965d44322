using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;

namespace Samenspel.Web.Features.Announcements;

/// <summary>One published announcement, opened through a personal link (from the mail or the home page). Opening it
/// records the first read. No sign-in needed: referrers and partners have no account, and the link shows only
/// this announcement, which is organisation data.</summary>
public sealed class ReadModel(SamenspelDb db, RecipientLinks links, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    public Announcement Item { get; private set; } = null!;
    public string Scope { get; private set; } = "";
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (links.Recipient(Token) is not { } id) return NotFound();
        var row = await db.AnnouncementRecipients.AsNoTracking().Where(r => r.Id == id)
            .Join(db.Announcements.Where(a => a.PublishedAt != null), r => r.AnnouncementId, a => a.Id, (r, a) => new { r.Name, r.ReadAt, a })
            .SingleOrDefaultAsync(ct);
        if (row is null) return NotFound();
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
