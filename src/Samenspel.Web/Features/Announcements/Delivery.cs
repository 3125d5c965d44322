using System.Globalization;
using Samenspel.Domain.Communication;
using Samenspel.Web.Jobs;
using Samenspel.Web.Mail;

namespace Samenspel.Web.Features.Announcements;

/// <summary>
/// Publishes announcements and mails them. Publication is claimed with a conditional update of PublishedAt, in
/// the same transaction as the recipient rows, so however many nodes or requests try, one publishes, once. Each
/// mail is claimed the same way on its recipient row (MailedAt moves only from the value that was read), so no
/// person gets the same mail twice from a race; a mail that fails is released and tried again by the job.
/// </summary>
public sealed class AnnouncementDelivery(SamenspelDb db, Mailer mailer, RecipientLinks links, TimeProvider clock, ILogger<AnnouncementDelivery> log)
{
    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Every minute: publish what is due, and retry mails that failed in the last week.</summary>
    public static readonly RecurringJob Job = new("announcements", TimeSpan.FromMinutes(1),
        (services, ct) => services.GetRequiredService<AnnouncementDelivery>().RunAsync(ct));

    /// <summary>A date in the future is published at 08:00 Dutch time; today is published at once.</summary>
    public static DateTimeOffset PublishAt(DateOnly on, DateTimeOffset now)
    {
        if (on <= DutchCalendar.DateAt(now)) return now;
        return DutchCalendar.ToInstant(on.ToDateTime(new TimeOnly(8, 0)));
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.Announcements.AsNoTracking().Where(a => a.PublishedAt == null && a.PublishAt <= now)
            .OrderBy(a => a.PublishAt).Select(a => a.Id).ToListAsync(ct);
        foreach (var id in due) await PublishAsync(id, ct);

        var weekAgo = now.AddDays(-7);
        var failed = await db.AnnouncementRecipients.AsNoTracking()
            .Where(r => r.MailedAt == null && r.MailError != null && r.Email != null)
            .Join(db.Announcements.Where(a => a.PublishedAt > weekAgo), r => r.AnnouncementId, a => a.Id, (r, a) => r)
            .ToListAsync(ct);
        foreach (var group in failed.GroupBy(r => r.AnnouncementId))
            await MailAsync(group.Key, group.ToList(), ct);
    }

    /// <summary>Publishes the announcement if it is due and nobody did so yet: its audience as of today gets a row
    /// each (next to the people named one by one), and everyone with an address a mail.</summary>
    /// <returns>Whether this call published it.</returns>
    public async Task<bool> PublishAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var claimed = await db.Announcements.Where(a => a.Id == id && a.PublishedAt == null && a.PublishAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.PublishedAt, now), ct);
            if (claimed == 0) return false;
            var announcement = await db.Announcements.AsNoTracking().SingleAsync(a => a.Id == id, ct);
            var people = announcement.EventId is { } eventId
                ? await db.EventInvitees.AsNoTracking().Where(i => i.EventId == eventId)
                    .Select(i => new Recipient(i.Kind, i.PersonId, i.UserId, i.Name, i.Email)).ToListAsync(ct)
                : await Recipients.OfAudienceAsync(db, announcement.OrganisationId, announcement.TeamId, announcement.Audience, DutchCalendar.DateAt(now), ct);
            var named = (await db.AnnouncementRecipients.Where(r => r.AnnouncementId == id).Select(r => new { r.Kind, r.PersonId }).ToListAsync(ct))
                .Select(r => (r.Kind, r.PersonId)).ToHashSet();
            foreach (var p in people.Where(p => !named.Contains((p.Kind, p.PersonId))))
                db.AnnouncementRecipients.Add(new AnnouncementRecipient
                {
                    AnnouncementId = id, Kind = p.Kind, PersonId = p.PersonId, UserId = p.UserId, Name = p.Name, Email = p.Email,
                });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        db.ChangeTracker.Clear();
        var rows = await db.AnnouncementRecipients.AsNoTracking().Where(r => r.AnnouncementId == id && r.MailedAt == null && r.Email != null).ToListAsync(ct);
        await MailAsync(id, rows, ct);
        return true;
    }

    /// <summary>Mails these recipients (again), each at the address the register holds now.</summary>
    /// <returns>How many mails went out.</returns>
    public async Task<int> MailAsync(Guid announcementId, IReadOnlyList<AnnouncementRecipient> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return 0;
        var a = await db.Announcements.AsNoTracking().SingleAsync(x => x.Id == announcementId, ct);
        var (organisation, scope) = await ScopeAsync(db, a.OrganisationId, a.TeamId, ct);
        var eventTitle = a.EventId is { } eventId ? await db.Events.Where(e => e.Id == eventId).Select(e => e.Title).SingleAsync(ct) : null;
        var current = await Recipients.CurrentEmailsAsync(db, rows.Select(r => (r.Kind, r.PersonId)).ToList(), ct);
        var sent = 0;
        foreach (var row in rows)
        {
            var email = current.GetValueOrDefault(row.PersonId) ?? row.Email;
            if (string.IsNullOrWhiteSpace(email)) continue;
            var now = clock.GetUtcNow();
            var seen = row.MailedAt;
            var claimed = await db.AnnouncementRecipients.Where(r => r.Id == row.Id && r.MailedAt == seen)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.MailedAt, now).SetProperty(r => r.MailCount, r => r.MailCount + 1)
                    .SetProperty(r => r.MailError, (string?)null).SetProperty(r => r.Email, email), ct);
            if (claimed == 0) continue; // someone else is mailing this person right now
            var reason = eventTitle is null ? Recipients.Reason(a.Audience, row.Kind, scope) : $"U krijgt dit omdat u was uitgenodigd voor: {eventTitle}.";
            try
            {
                await mailer.SendAsync(email, Subject(a, organisation, scope), Body(a, row.Name, scope, reason, links.ReadUrl(row.Id), links.ValidDays), organisation, ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Announcement {Announcement} could not be mailed to recipient {Recipient}", a.Id, row.Id);
                var error = $"{e.GetType().Name}: {e.Message}";
                await db.AnnouncementRecipients.Where(r => r.Id == row.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.MailedAt, seen).SetProperty(r => r.MailCount, r => r.MailCount - 1)
                    .SetProperty(r => r.MailError, error.Length <= 500 ? error : error[..500]), CancellationToken.None);
            }
        }
        return sent;
    }

    public static async Task<(string Organisation, string Scope)> ScopeAsync(SamenspelDb db, Guid organisationId, Guid? teamId, CancellationToken ct)
    {
        var organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(ct);
        var team = teamId is null ? null : await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).SingleAsync(ct);
        return (organisation, team is null ? organisation : $"{team} van {organisation}");
    }

    public static string Subject(Announcement a, string organisation, string scope) =>
        a.MonthlyDay is null ? $"{a.Title} (bericht van {organisation})" : $"Nieuwsbrief van {scope}: {a.Title}";

    /// <summary>When the next issue of a monthly newsletter comes, said in the mail and on the page.</summary>
    public static string? NextIssueText(Announcement a) => a.MonthlyDay is { } day
        ? $"Deze nieuwsbrief komt elke maand op de {day}e. De volgende komt op {Date(AudienceRules.NextIssue(day, a.PublishOn.AddDays(1)))}."
        : null;

    static string Body(Announcement a, string name, string scope, string reason, string link, int validDays) => $"""
        Beste {name},

        {a.Title}

        {a.Body}

        U kunt dit ook lezen in Samenspel. De link werkt {validDays} dagen:
        {link}
        {(NextIssueText(a) is { } next ? "\n" + next + "\n" : "")}
        Dit bericht komt van {scope}, via Samenspel.
        {reason}
        """;
}
