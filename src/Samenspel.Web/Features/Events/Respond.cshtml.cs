using Samenspel.Web.Features.Announcements;

namespace Samenspel.Web.Features.Events;

/// <summary>One invitation, opened through the personal link in the mail or on the home page: when, where, the
/// practical notes, and three buttons to answer. The answer can be changed until the event starts. No sign-in
/// needed; the link shows only this event.</summary>
[AllowAnonymous]
public sealed class RespondModel(SamenspelDb db, RecipientLinks links, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    public Event Item { get; private set; } = null!;
    public EventInvitee Invitee { get; private set; } = null!;
    public string Scope { get; private set; } = "";
    public bool Started { get; private set; }
    public string? Error { get; private set; }
    public ExpiredLink? Expired { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string? response, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing) return missing;
        if (Expired is not null) return Page();
        if (Started)
        {
            Error = t["De bijeenkomst is al begonnen. U kunt uw antwoord niet meer veranderen."];
            return Page();
        }
        if (!Enum.TryParse<Rsvp>(response, out var answer) || !Enum.IsDefined(answer))
        {
            Error = t["Kies of u komt: ja, nee of misschien."];
            return Page();
        }
        var now = clock.GetUtcNow();
        await db.EventInvitees.Where(i => i.Id == Invitee.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Response, answer).SetProperty(i => i.RespondedAt, now), ct);
        return RedirectToPage("/Events/Respond", new { token = Token!, saved = "true" });
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (links.Invitee(Token) is not { } opened) return NotFound();
        var row = await db.EventInvitees.AsNoTracking().Where(i => i.Id == opened.Id)
            .Join(db.Events, i => i.EventId, e => e.Id, (i, e) => new { i, e }).SingleOrDefaultAsync(ct);
        if (row is null) return NotFound();
        (Invitee, Item) = (row.i, row.e);
        Started = Item.StartsAt <= clock.GetUtcNow();
        (_, Scope) = await AnnouncementDelivery.ScopeAsync(db, Item.OrganisationId, Item.TeamId, ct);
        if (opened.Expired)
        {
            Expired = new ExpiredLink(links.ValidDays, Scope, Invitee.Kind == RecipientKind.Youth);
            Response.StatusCode = StatusCodes.Status410Gone;
        }
        return null;
    }
}
