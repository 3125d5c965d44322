namespace Samenspel.Web.Features.Announcements;

/// <summary>For the writer (and everyone who may address the same scope): who got it, who read it, and who has
/// not, with a button that mails those again.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(SamenspelDb db, AnnouncementDelivery delivery, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public Announcement Item { get; private set; } = null!;
    public string Scope { get; private set; } = "";
    public string WrittenBy { get; private set; } = "";
    public List<AnnouncementRecipient> Recipients { get; private set; } = [];
    public List<AnnouncementRecipient> Unread => Recipients.Where(r => r.ReadAt is null).ToList();
    /// <summary>The moment this page was shown. A re-send mails only those not mailed since, so a double submit
    /// sends nobody a second mail.</summary>
    public long ShownAt { get; private set; }
    public int? Resent { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? resent, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        Resent = resent;
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(long shownAt, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (Item.PublishedAt is null) return RedirectToPage(new { id = Id });
        var before = new DateTimeOffset(Math.Clamp(shownAt, 0, DateTimeOffset.MaxValue.UtcTicks), TimeSpan.Zero);
        var again = Unread.Where(r => r.MailedAt is null || r.MailedAt < before).ToList();
        var sent = await delivery.MailAsync(Id, again, ct);
        return RedirectToPage("/Announcements/Details", new { id = Id, resent = sent });
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var viewer = Viewer.From(User);
        var item = await db.Announcements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == Id, ct);
        if (item is null || viewer is null || item.OrganisationId != viewer.OrganisationId) return NotFound();
        if (!AnnouncementLabels.MayManage(viewer, item.OrganisationId, item.TeamId)) return Forbid();
        Item = item;
        ShownAt = clock.GetUtcNow().UtcTicks;
        var (_, scope) = await AnnouncementDelivery.ScopeAsync(db, item.OrganisationId, item.TeamId, ct);
        Scope = item.TeamId is null ? t["De hele organisatie"] : scope;
        WrittenBy = await db.Staff.Where(s => s.Id == item.WrittenByStaffId).Select(s => s.Name).SingleAsync(ct);
        Recipients = await db.AnnouncementRecipients.AsNoTracking().Where(r => r.AnnouncementId == Id).OrderBy(r => r.Name).ToListAsync(ct);
        return null;
    }
}
