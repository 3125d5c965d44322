using Samenspel.Domain.Goals;

namespace Samenspel.Web.Features.Plan;

public sealed record ScoreRow(DateOnly ScoredOn, ScoringMoment Moment, int Level);

/// <summary>The GAS summary of one scoring day, over the goals scored that day.</summary>
public sealed record TScoreRow(DateOnly ScoredOn, double TScore, int GoalCount);

/// <summary>A trajectory's GAS scores: per goal (by lineage, so across plan versions) and the T-score per day.</summary>
public sealed record ScoreHistory(ILookup<Guid, ScoreRow> ByLineage, List<TScoreRow> TScores);

public static class PlanScores
{
    /// <summary>Loads the scores the viewer may see (<paramref name="shows"/> applies dated authority to the day scored).
    /// A goal scored twice on one day counts once, with its last score. Each goal is weighed as the latest plan
    /// version that has it weighs it.</summary>
    public static async Task<ScoreHistory> LoadAsync(SamenspelDb db, Guid trajectoryId, Func<DateOnly, bool> shows, CancellationToken ct)
    {
        var scorings = (await db.GoalScorings.AsNoTracking().Where(s => s.TrajectoryId == trajectoryId)
                .Select(s => new { s.Id, s.GoalLineageId, s.ScoredOn, s.Moment, s.Level }).ToListAsync(ct))
            .Where(s => GoalScore.IsValidLevel(s.Level) && shows(s.ScoredOn))
            .OrderBy(s => s.ScoredOn).ThenBy(s => s.Id.ToString("N"), StringComparer.Ordinal)
            .ToList();
        var weights = await db.LatestGoalVersions(trajectoryId).Select(g => new { g.LineageId, g.Weight })
            .ToDictionaryAsync(g => g.LineageId, g => g.Weight, ct);
        var tScores = scorings.GroupBy(s => s.ScoredOn)
            .Select(day =>
            {
                var goals = day.GroupBy(s => s.GoalLineageId).Select(g => g.Last()).ToList();
                var t = GoalAttainmentScaling.TScore(goals.Select(s => new GoalScore(s.Level, weights.GetValueOrDefault(s.GoalLineageId, 1))).ToList());
                return new TScoreRow(day.Key, t, goals.Count);
            })
            .ToList();
        return new ScoreHistory(scorings.ToLookup(s => s.GoalLineageId, s => new ScoreRow(s.ScoredOn, s.Moment, s.Level)), tScores);
    }
}
