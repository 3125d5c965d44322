using System.Globalization;
using Samenspel.Web.Features.Announcements;
using Samenspel.Web.Jobs;
using Samenspel.Web.Mail;

namespace Samenspel.Web.Features.Events;

/// <summary>
/// Invitations and reminders for events. Each mail is claimed on the invitee's row first (InvitedAt or RemindedAt
/// moves from null only once), and the reminder round of an event is claimed on the event (RemindedAt), so two nodes
/// never send one person the same mail twice. Before the reminder round, people who joined the audience since the
/// invitation (a family that registered late) are invited too.
/// </summary>
public sealed class EventDelivery(SamenspelDb db, Mailer mailer, RecipientLinks links, TimeProvider clock, ILogger<EventDelivery> log)
{
    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static readonly RecurringJob Job = new("event-reminders", TimeSpan.FromMinutes(15),
        (services, ct) => services.GetRequiredService<EventDelivery>().RemindDueAsync(ct));

    public static DateTimeOffset Local(DateTimeOffset at) => DutchCalendar.TimeAt(at);
    public static string When(Event e) =>
        $"{Local(e.StartsAt).ToString("dddd d MMMM yyyy", Dutch)}, van {Local(e.StartsAt):HH:mm} tot {Local(e.EndsAt):HH:mm}";

    /// <summary>Adds everyone in the event's audience who is not invited yet, and mails every invitee who has not
    /// had the invitation.</summary>
    /// <returns>How many invitations went out.</returns>
    public async Task<int> InviteAsync(Guid eventId, CancellationToken ct)
    {
        var e = await db.Events.AsNoTracking().SingleAsync(x => x.Id == eventId, ct);
        var people = await Recipients.OfAudienceAsync(db, e.OrganisationId, e.TeamId, e.Audience, clock.DutchToday(), ct);
        var invited = (await db.EventInvitees.Where(i => i.EventId == eventId).Select(i => new { i.Kind, i.PersonId }).ToListAsync(ct))
            .Select(i => (i.Kind, i.PersonId)).ToHashSet();
        foreach (var p in people.Where(p => !invited.Contains((p.Kind, p.PersonId))))
            db.EventInvitees.Add(new EventInvitee { EventId = eventId, Kind = p.Kind, PersonId = p.PersonId, UserId = p.UserId, Name = p.Name, Email = p.Email });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Another node added the same people at the same moment; the unique index kept one row each.
        }
        db.ChangeTracker.Clear();
        var rows = await db.EventInvitees.AsNoTracking().Where(i => i.EventId == eventId && i.InvitedAt == null && i.Email != null).ToListAsync(ct);
        return await MailAsync(e, rows, reminder: false, ct);
    }

    /// <summary>Mails the invitation again, with a new link (an old one may have expired), to everyone who has not
    /// answered and was not mailed after <paramref name="shownAt"/> (so a double submit mails nobody twice).</summary>
    /// <returns>How many invitations went out.</returns>
    public async Task<int> ResendAsync(Guid eventId, DateTimeOffset shownAt, CancellationToken ct)
    {
        var e = await db.Events.AsNoTracking().SingleAsync(x => x.Id == eventId, ct);
        var rows = await db.EventInvitees.AsNoTracking()
            .Where(i => i.EventId == eventId && i.Response == null && i.Email != null && i.InvitedAt != null && i.InvitedAt < shownAt).ToListAsync(ct);
        return await MailAsync(e, rows, reminder: false, ct, again: true);
    }

    public async Task RemindDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var candidates = await db.Events.AsNoTracking().Where(e => e.RemindedAt == null && e.StartsAt > now).ToListAsync(ct);
        foreach (var e in candidates.Where(e => e.StartsAt.AddDays(-e.RemindDaysBefore) <= now))
        {
            await InviteAsync(e.Id, ct);
            var claimed = await db.Events.Where(x => x.Id == e.Id && x.RemindedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.RemindedAt, now), ct);
            if (claimed == 0) continue;
            var rows = await db.EventInvitees.AsNoTracking()
                .Where(i => i.EventId == e.Id && i.RemindedAt == null && i.Email != null && (i.Response == null || i.Response != Rsvp.No)).ToListAsync(ct);
            await MailAsync(e, rows, reminder: true, ct);
        }
    }

    async Task<int> MailAsync(Event e, IReadOnlyList<EventInvitee> rows, bool reminder, CancellationToken ct, bool again = false)
    {
        if (rows.Count == 0) return 0;
        var (organisation, scope) = await AnnouncementDelivery.ScopeAsync(db, e.OrganisationId, e.TeamId, ct);
        var current = await Recipients.CurrentEmailsAsync(db, rows.Select(r => (r.Kind, r.PersonId)).ToList(), ct);
        var sent = 0;
        foreach (var row in rows)
        {
            var email = current.GetValueOrDefault(row.PersonId) ?? row.Email;
            if (string.IsNullOrWhiteSpace(email)) continue;
            var now = clock.GetUtcNow();
            var seen = row.InvitedAt;
            var claimed = again
                ? await db.EventInvitees.Where(i => i.Id == row.Id && i.InvitedAt == seen).ExecuteUpdateAsync(s => s.SetProperty(i => i.InvitedAt, now).SetProperty(i => i.Email, email), ct)
                : reminder
                ? await db.EventInvitees.Where(i => i.Id == row.Id && i.RemindedAt == null).ExecuteUpdateAsync(s => s.SetProperty(i => i.RemindedAt, now).SetProperty(i => i.Email, email), ct)
                : await db.EventInvitees.Where(i => i.Id == row.Id && i.InvitedAt == null).ExecuteUpdateAsync(s => s.SetProperty(i => i.InvitedAt, now).SetProperty(i => i.Email, email), ct);
            if (claimed == 0) continue;
            var subject = reminder ? $"Herinnering: {e.Title} op {Local(e.StartsAt).ToString("d MMMM", Dutch)}" : $"Uitnodiging van {organisation}: {e.Title}";
            try
            {
                await mailer.SendAsync(email, subject, Body(e, row, scope, reminder, links.RespondUrl(row.Id), links.ValidDays), organisation, ct);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Event mail for {Event} could not be sent to invitee {Invitee}", e.Id, row.Id);
                var error = $"{ex.GetType().Name}: {ex.Message}";
                error = error.Length <= 500 ? error : error[..500];
                if (reminder) await db.EventInvitees.Where(i => i.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.RemindedAt, (DateTimeOffset?)null).SetProperty(i => i.MailError, error), CancellationToken.None);
                else await db.EventInvitees.Where(i => i.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.InvitedAt, again ? seen : null).SetProperty(i => i.MailError, error), CancellationToken.None);
            }
        }
        return sent;
    }

    /// <summary>The invitation or reminder; a youth is addressed with "je", everyone else with "u".</summary>
    static string Body(Event e, EventInvitee row, string scope, bool reminder, string link, int validDays)
    {
        var youth = row.Kind == RecipientKind.Youth;
        var practical = string.IsNullOrWhiteSpace(e.Practical) ? "" : $"\nPraktisch:\n{e.Practical}\n";
        var answer = (row.Response, youth) switch
        {
            (Rsvp.Yes, false) => "U hebt laten weten dat u komt. Fijn!",
            (Rsvp.Yes, true) => "Je hebt laten weten dat je komt. Fijn!",
            (Rsvp.Maybe, false) => "U weet nog niet of u komt. Laat het ons weten met deze link:",
            (Rsvp.Maybe, true) => "Je weet nog niet of je komt. Laat het ons weten met deze link:",
            (_, false) => "Laat u weten of u komt? Dat kan met deze link:",
            _ => "Laat je weten of je komt? Dat kan met deze link:",
        };
        var invited = youth ? $"Je bent uitgenodigd voor {e.Title}." : $"U bent uitgenodigd voor {e.Title}.";
        var later = youth ? $"De link werkt {validDays} dagen. Je kunt je antwoord later nog veranderen." : $"De link werkt {validDays} dagen. U kunt uw antwoord later nog veranderen.";
        var absent = youth ? "Kun je niet komen? Na afloop krijg je een korte samenvatting." : "Kunt u niet komen? Na afloop krijgt u een korte samenvatting.";
        var why = youth ? $"Je krijgt hem omdat je bent uitgenodigd voor {e.Title}." : $"U krijgt hem omdat u bent uitgenodigd voor {e.Title}.";
        return $"""
            {(youth ? "Hoi" : "Beste")} {row.Name},

            {(reminder ? $"Een herinnering: binnenkort is {e.Title}." : invited)}

            Wanneer: {When(e)}
            Waar: {e.Place}
            {practical}
            {answer}
            {link}
            {later}

            {absent}

            Deze e-mail komt van {scope}, via Samenspel.
            {why}
            """;
    }
}
