using Samenspel.Domain.Scheduling;

namespace Samenspel.Web.Features.Contacts;

/// <summary>Where each carer's contact rhythm stands, and which trajectories have had no parent contact at all.
/// Queries only: callers decide access first and pass the youths the viewer may see this for. Each overview is one
/// query, with the last contacts as correlated subqueries, so it costs the same for one youth or a whole team.</summary>
public static class ContactStatus
{
    /// <summary>One carer's contact agreement and how it is kept. <paramref name="LastAttempt"/> is the latest
    /// unanswered attempt on a day after the last reached contact, if any. <paramref name="Agreement"/> is the contact
    /// agreement as the access policy judges it (personal to that carer unless shared).</summary>
    public sealed record CarerRhythm(Guid YouthId, string YouthName, Guid CarerId, string CarerName, int EveryDays,
        DateOnly? LastReached, DateOnly? LastAttempt, DateOnly Deadline, ContactState State, Item Agreement);

    /// <summary>A current trajectory without a single reached contact with any carer since it started.</summary>
    public sealed record NoParentContact(Guid YouthId, string YouthName, DateOnly Start, int Attempts);

    /// <summary>The current contact agreements of the youths' current trajectories (the latest to start), with their
    /// state on <paramref name="today"/>: overdue first, then due, then by deadline.</summary>
    public static async Task<IReadOnlyList<CarerRhythm>> RhythmsAsync(SamenspelDb db, IReadOnlyCollection<Guid> youthIds, DateOnly today, CancellationToken ct = default)
    {
        if (youthIds.Count == 0) return [];
        var ids = youthIds.Distinct().ToList();
        var rows = await db.Agreements.AsNoTracking()
            .Where(a => ids.Contains(a.YouthId) && a.Kind == AgreementKind.Contact && a.ReplacedAt == null && a.CarerId != null && a.EveryDays != null)
            .Join(db.Trajectories.Current(), a => a.TrajectoryId, t => t.Id, (a, t) => new { a, t })
            .Join(db.Youths, x => x.a.YouthId, y => y.Id, (x, y) => new { x.a, x.t, y.GivenName, y.FamilyName })
            .Join(db.Carers, x => x.a.CarerId, c => c.Id, (x, c) => new
            {
                x.a.YouthId, YouthName = x.GivenName + " " + x.FamilyName, CarerId = c.Id, CarerName = c.Name, EveryDays = x.a.EveryDays!.Value, x.t.StartDate,
                x.a.CreatedAt, x.a.SharedWithCarers,
                LastReached = db.ContactLog.Where(e => e.YouthId == x.a.YouthId && e.CarerId == c.Id && e.Reached).Max(e => (DateOnly?)e.ContactedOn),
                LastAttempt = db.ContactLog.Where(e => e.YouthId == x.a.YouthId && e.CarerId == c.Id && !e.Reached).Max(e => (DateOnly?)e.ContactedOn),
            })
            .ToListAsync(ct);
        return rows
            .Select(r =>
            {
                var rhythm = new ContactRhythm(Math.Clamp(r.EveryDays, 1, 90));
                var attempt = r.LastAttempt is { } a && (r.LastReached is null || a > r.LastReached) ? r.LastAttempt : null;
                return new CarerRhythm(r.YouthId, r.YouthName, r.CarerId, r.CarerName, rhythm.EveryDays, r.LastReached, attempt,
                    rhythm.Deadline(r.StartDate, r.LastReached), rhythm.StateOn(r.StartDate, r.LastReached, today),
                    new Item(DutchCalendar.DateAt(r.CreatedAt), PersonalToCarer: r.CarerId, SharedWithCarers: r.SharedWithCarers));
            })
            .OrderByDescending(r => r.State).ThenBy(r => r.Deadline)
            .ThenBy(r => r.YouthName, StringComparer.CurrentCulture).ThenBy(r => r.CarerName, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>Current trajectories (started, not past their expected end) of youths with at least one carer, with no
    /// reached contact with any carer since the start. Unanswered attempts are counted, not forgiven.</summary>
    public static async Task<IReadOnlyList<NoParentContact>> WithoutParentContactAsync(SamenspelDb db, IReadOnlyCollection<Guid> youthIds, DateOnly today, CancellationToken ct = default)
    {
        if (youthIds.Count == 0) return [];
        var ids = youthIds.Distinct().ToList();
        var rows = await db.Trajectories.Current().ActiveOn(today).AsNoTracking()
            .Where(t => ids.Contains(t.YouthId)
                        && db.CarerLinks.Any(l => l.YouthId == t.YouthId)
                        && !db.ContactLog.Any(e => e.YouthId == t.YouthId && e.With == ContactParty.Carer && e.Reached && e.ContactedOn >= t.StartDate))
            .Join(db.Youths, t => t.YouthId, y => y.Id, (t, y) => new
            {
                t.YouthId, YouthName = y.GivenName + " " + y.FamilyName, t.StartDate,
                Attempts = db.ContactLog.Count(e => e.YouthId == t.YouthId && e.With == ContactParty.Carer && e.ContactedOn >= t.StartDate),
            })
            .ToListAsync(ct);
        return rows.Select(r => new NoParentContact(r.YouthId, r.YouthName, r.StartDate, r.Attempts))
            .OrderBy(r => r.Start).ThenBy(r => r.YouthName, StringComparer.CurrentCulture).ToList();
    }

    public static string Of(this IStringLocalizer t, ContactState state) => t[state switch
    {
        ContactState.Overdue => "Contact te laat",
        ContactState.Due => "Contact bijna nodig",
        _ => "Op tijd",
    }];

    public static string BadgeClass(ContactState state) => state switch
    {
        ContactState.Overdue => "utrecht-status-badge utrecht-status-badge--danger",
        ContactState.Due => "utrecht-status-badge utrecht-status-badge--warning",
        _ => "utrecht-status-badge utrecht-status-badge--success",
    };
}
