using Samenspel.Domain.Scheduling;

namespace Samenspel.Web.Features.Alliance;

/// <summary>Which measurement a trajectory needs next, by its team's rules. Queries only; callers check access.</summary>
public static class MeasurementStatus
{
    /// <summary>The current trajectory of a youth with what <see cref="MeasurementSchedule"/> needs.</summary>
    public sealed record TrajectoryFacts(Guid YouthId, Guid TrajectoryId, DateOnly Start, DateOnly ExpectedEnd, MeasurementRules Rules,
        IReadOnlyList<DateOnly> Contacts, IReadOnlyList<DateOnly> Measurements)
    {
        public MeasurementDue? Next => MeasurementSchedule.Next(Rules, Start, ExpectedEnd, Contacts, Measurements);
        public bool MayMeasureOn(DateOnly day) => MeasurementSchedule.MayMeasureOn(Rules, day, Start, ExpectedEnd, Measurements);
    }

    /// <summary>The facts of the current trajectory (the latest to start) of each youth, in three queries however
    /// many youths: trajectories with their team's rules, reached contacts, measurements. Only a reached contact
    /// counts as a contact, as for the contact rhythm.</summary>
    public static async Task<Dictionary<Guid, TrajectoryFacts>> FactsAsync(SamenspelDb db, IReadOnlyCollection<Guid> youthIds, CancellationToken ct)
    {
        if (youthIds.Count == 0) return [];
        var ids = youthIds.Distinct().ToList();
        var trajectories = await db.Trajectories.Current().AsNoTracking().Where(t => ids.Contains(t.YouthId))
            .Join(db.Teams, t => t.TeamId, team => team.Id, (t, team) => new { t.Id, t.YouthId, t.StartDate, t.ExpectedEndDate, Team = team })
            .ToListAsync(ct);
        var trajectoryIds = trajectories.Select(t => t.Id).ToList();
        var contacts = (await db.ContactLog.AsNoTracking().Where(c => trajectoryIds.Contains(c.TrajectoryId) && c.Reached)
            .Select(c => new { c.TrajectoryId, c.ContactedOn }).ToListAsync(ct)).ToLookup(c => c.TrajectoryId, c => c.ContactedOn);
        var measurements = (await db.Measurements.AsNoTracking().Where(m => trajectoryIds.Contains(m.TrajectoryId))
            .Select(m => new { m.TrajectoryId, m.PlannedOn }).ToListAsync(ct)).ToLookup(m => m.TrajectoryId, m => m.PlannedOn);
        return trajectories.ToDictionary(t => t.YouthId, t => new TrajectoryFacts(t.YouthId, t.Id, t.StartDate, t.ExpectedEndDate,
            t.Team.MeasurementRules, contacts[t.Id].ToList(), measurements[t.Id].ToList()));
    }

    /// <summary>Per youth the next measurement when it is open (due) on <paramref name="today"/>, or overdue.</summary>
    public static async Task<IReadOnlyDictionary<Guid, MeasurementDue>> DueAsync(SamenspelDb db, IReadOnlyCollection<Guid> youthIds, DateOnly today, CancellationToken ct) =>
        (await FactsAsync(db, youthIds, ct)).Values
            .Select(f => (f.YouthId, Next: f.Next))
            .Where(x => x.Next is { } next && next.IsOpen(today))
            .ToDictionary(x => x.YouthId, x => x.Next!);
}
