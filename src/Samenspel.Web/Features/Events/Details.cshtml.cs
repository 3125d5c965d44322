using Samenspel.Web.Features.Announcements;

namespace Samenspel.Web.Features.Events;

/// <summary>For the organiser: who comes, who does not, who has not answered; inviting people who joined the
/// audience later; and after the event the summary, which goes to every invitee, whatever they answered.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(SamenspelDb db, EventDelivery events, AnnouncementDelivery announcements, TimeProvider clock,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public Event Item { get; private set; } = null!;
    public string Scope { get; private set; } = "";
    public List<EventInvitee> Invitees { get; private set; } = [];
    public Guid? SummaryId { get; private set; }
    public bool Started { get; private set; }
    /// <summary>The moment this page was shown: a re-send mails only those not mailed since, so a double submit sends
    /// nobody a second mail.</summary>
    public long ShownAt { get; private set; }
    public int? Resent { get; private set; }

    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public Guid SummarySubmissionId { get; set; } = Guid.CreateVersion7();

    public async Task<IActionResult> OnGetAsync(int? resent, CancellationToken ct)
    {
        Resent = resent;
        return await LoadAsync(ct) ?? Page();
    }

    /// <summary>"Opnieuw sturen": the invitation again, with a new link, to everyone who has not answered.</summary>
    public async Task<IActionResult> OnPostResendAsync(long shownAt, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var sent = Started ? 0 : await events.ResendAsync(Id, new DateTimeOffset(Math.Clamp(shownAt, 0, DateTimeOffset.MaxValue.UtcTicks), TimeSpan.Zero), ct);
        return RedirectToPage("/Events/Details", new { id = Id, resent = sent });
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (!Started) await events.InviteAsync(Id, ct);
        return RedirectToPage("/Events/Details", new { id = Id });
    }

    public async Task<IActionResult> OnPostSummaryAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (SummaryId is { } existing) return RedirectToPage("/Announcements/Details", new { id = existing });
        if (!Started)
            ModelState.AddModelError(nameof(Summary), t["De samenvatting kan pas als de bijeenkomst begonnen is."]);
        else if (string.IsNullOrWhiteSpace(Summary))
            ModelState.AddModelError(nameof(Summary), t["Schrijf de samenvatting."]);
        else if (Summary.Length > Announcement.BodyLength)
            ModelState.AddModelError(nameof(Summary), t["De samenvatting is te lang (maximaal 4000 tekens)."]);
        if (!ModelState.IsValid) return Page();

        var viewer = Viewer.From(User)!;
        var now = clock.GetUtcNow();
        var summary = new Announcement
        {
            Id = SummarySubmissionId, OrganisationId = Item.OrganisationId, TeamId = Item.TeamId, Audience = Item.Audience,
            Title = $"{t["Samenvatting"]}: {Item.Title}", Body = Summary!.Trim(), PublishOn = DutchCalendar.DateAt(now), PublishAt = now,
            EventId = Id, WrittenByStaffId = viewer.PersonId, CreatedAt = now,
        };
        // A double submit: the event keeps the one summary that was stored. The form's id being another announcement's
        // stores nothing.
        switch (await db.InsertOnceAsync(summary, a => a.EventId == Id, ct))
        {
            case Submission.StoredBefore: return RedirectToPage("/Announcements/Details", new { id = SummarySubmissionId });
            case Submission.Refused:
                SummarySubmissionId = InsertOnce.Refuse(ModelState, nameof(Summary), t);
                return Page();
        }
        db.ChangeTracker.Clear();
        await announcements.PublishAsync(SummarySubmissionId, ct);
        return RedirectToPage("/Announcements/Details", new { id = SummarySubmissionId, saved = "true" });
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var viewer = Viewer.From(User);
        var item = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == Id, ct);
        if (item is null || viewer is null || item.OrganisationId != viewer.OrganisationId) return NotFound();
        if (!AnnouncementLabels.MayManage(viewer, item.OrganisationId, item.TeamId)) return Forbid();
        Item = item;
        Started = item.StartsAt <= clock.GetUtcNow();
        ShownAt = clock.GetUtcNow().UtcTicks;
        var (_, scope) = await AnnouncementDelivery.ScopeAsync(db, item.OrganisationId, item.TeamId, ct);
        Scope = item.TeamId is null ? t["De hele organisatie"] : scope;
        Invitees = await db.EventInvitees.AsNoTracking().Where(i => i.EventId == Id).OrderBy(i => i.Name).ToListAsync(ct);
        SummaryId = await db.Announcements.Where(a => a.EventId == Id).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(ct);
        return null;
    }
}
