using Samenspel.Domain.Goals;
using Samenspel.Domain.Scheduling;

namespace Samenspel.Web.Features.Evaluations;

/// <summary>When a trajectory's plan is due for evaluation, and the GAS summary of an evaluation. Queries only;
/// callers check access first.</summary>
public static class EvaluationStatus
{
    /// <summary>Where a trajectory stands with its evaluations.</summary>
    public sealed record Schedule(EvaluationRhythm Rhythm, bool IsDefault, DateOnly NextDue, bool IsOverdue)
    {
        /// <summary>The first day the evaluation counts as late (the due date itself is still on time).</summary>
        public DateOnly LateSince => NextDue.AddDays(1);
    }

    /// <summary>The trajectory's own rhythm, or the default for its type when it has none (or an impossible one).</summary>
    public static EvaluationRhythm RhythmOf(TrajectoryType type, int? months) =>
        months is >= 1 and <= 24 ? EvaluationRhythm.Every(months.Value) : EvaluationRhythm.DefaultFor(type);

    public static Schedule ScheduleOf(TrajectoryType type, int? months, DateOnly start, DateOnly? lastHeld, DateOnly today)
    {
        var rhythm = RhythmOf(type, months);
        return new Schedule(rhythm, months is not (>= 1 and <= 24), rhythm.NextDue(start, lastHeld), rhythm.IsOverdue(start, lastHeld, today));
    }

    /// <summary>"elke maand" or "elke 3 maanden".</summary>
    public static string InWords(this IStringLocalizer t, EvaluationRhythm rhythm) =>
        rhythm.Months == 1 ? t["elke maand"] : t["elke {0} maanden", rhythm.Months];

    /// <summary>
    /// The youths among <paramref name="youthIds"/> whose current trajectory (the latest to start, as on the youth's
    /// file) is past its next evaluation on <paramref name="today"/>. One query: the last evaluation is a correlated
    /// subquery, so a caseload or a team overview costs the same however many youths it shows. Decide access before
    /// calling; this only answers for the ids given.
    /// </summary>
    public static async Task<IReadOnlySet<Guid>> OverdueAsync(SamenspelDb db, IReadOnlyCollection<Guid> youthIds, DateOnly today, CancellationToken ct = default)
    {
        if (youthIds.Count == 0) return new HashSet<Guid>();
        var ids = youthIds.Distinct().ToList();
        var trajectories = await db.Trajectories.Current().AsNoTracking()
            .Where(t => ids.Contains(t.YouthId))
            .Select(t => new
            {
                t.YouthId, t.Type, t.StartDate, t.EvaluationMonths,
                LastHeld = db.Evaluations.Where(e => e.TrajectoryId == t.Id).Max(e => (DateOnly?)e.HeldOn),
            })
            .ToListAsync(ct);
        return trajectories
            .Where(t => ScheduleOf(t.Type, t.EvaluationMonths, t.StartDate, t.LastHeld, today).IsOverdue)
            .Select(t => t.YouthId)
            .ToHashSet();
    }

    /// <summary>The goals of a trajectory by lineage, as the latest plan version that has them words and weighs them.</summary>
    public sealed record GoalOfLineage(Guid LineageId, string Wording, double Weight, int Position);

    public static Task<Dictionary<Guid, GoalOfLineage>> GoalsByLineageAsync(SamenspelDb db, Guid trajectoryId, CancellationToken ct) =>
        db.LatestGoalVersions(trajectoryId).AsNoTracking()
            .Select(g => new GoalOfLineage(g.LineageId, g.YouthWording, g.Weight, g.Position))
            .ToDictionaryAsync(g => g.LineageId, ct);

    /// <summary>The Kiresuk–Sherman T-score of one evaluation's levels, weighted as the latest plan version weighs
    /// each goal (weight 1 for a goal no plan knows any more); null when nothing was scored.</summary>
    public static double? TScore(IEnumerable<(Guid LineageId, int Level)> levels, IReadOnlyDictionary<Guid, GoalOfLineage> goals)
    {
        var scores = levels.Select(l => new GoalScore(l.Level, goals.TryGetValue(l.LineageId, out var g) ? g.Weight : 1)).ToList();
        return scores.Count == 0 ? null : GoalAttainmentScaling.TScore(scores);
    }
}
