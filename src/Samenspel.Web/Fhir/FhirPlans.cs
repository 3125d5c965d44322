using Samenspel.Domain.Goals;

namespace Samenspel.Web.Fhir;

/// <summary>Loads plan versions with their goals and GAS scores for the CarePlan and Goal endpoints. Callers check
/// access first and pass the gate's decision per youth.</summary>
static class FhirPlans
{
    /// <summary>Every plan version of the youths (all their trajectories), as the decisions show them: the current
    /// version of a trajectory always; an earlier version and a score only when recorded on or after the start of
    /// a carer's dated authority, as on the plan pages.</summary>
    public static async Task<List<CarePlanRow>> LoadAsync(SamenspelDb db, IReadOnlyList<(Guid YouthId, AccessDecision Decision)> youths, CancellationToken ct)
    {
        var decisions = youths.ToDictionary(y => y.YouthId, y => y.Decision);
        var youthIds = decisions.Keys.ToList();
        var plans = await db.Plans.AsNoTracking().Where(p => youthIds.Contains(p.YouthId))
            .Select(p => new { p.Id, p.TrajectoryId, p.YouthId, p.Version, p.CreatedAt, p.Considerations, p.YouthView, p.CarersView, p.TeamView })
            .ToListAsync(ct);
        var planIds = plans.Select(p => p.Id).ToList();
        // Goals and scores are loaded on their own, as in PlanReader: the level texts are a primitive collection.
        var goals = (await db.Goals.AsNoTracking().Where(g => planIds.Contains(g.PlanId)).OrderBy(g => g.Position)
                .Select(g => new { g.Id, g.PlanId, g.LineageId, g.YouthWording, g.ProfessionalWording, g.Weight, g.Levels })
                .ToListAsync(ct))
            .ToLookup(g => g.PlanId);
        var scorings = (await db.GoalScorings.AsNoTracking().Where(s => youthIds.Contains(s.YouthId))
                .Select(s => new { s.Id, s.YouthId, s.GoalLineageId, s.ScoredOn, s.Moment, s.Level })
                .ToListAsync(ct))
            .Where(s => GoalScore.IsValidLevel(s.Level) && decisions[s.YouthId].Shows(s.ScoredOn, false))
            .OrderBy(s => s.ScoredOn).ThenBy(s => s.Id.ToString("N"), StringComparer.Ordinal)
            .ToLookup(s => s.GoalLineageId, s => new GasScoringRow(s.ScoredOn, s.Moment, s.Level));

        var byTrajectory = plans.ToLookup(p => p.TrajectoryId);
        var rows = plans.Select(p =>
        {
            var previous = byTrajectory[p.TrajectoryId].SingleOrDefault(q => q.Version == p.Version - 1);
            var next = byTrajectory[p.TrajectoryId].Where(q => q.Version > p.Version).MinBy(q => q.Version);
            return new CarePlanRow(p.Id, p.TrajectoryId, p.YouthId, p.Version, p.CreatedAt, next?.CreatedAt,
                previous is not null && Shows(decisions[p.YouthId], previous.CreatedAt) ? previous.Id : null,
                p.Considerations, p.YouthView, p.CarersView, p.TeamView,
                goals[p.Id].Select(g => new GoalRow(g.Id, g.LineageId, g.YouthWording, g.ProfessionalWording, g.Weight, g.Levels,
                    scorings[g.LineageId].ToList())).ToList());
        });
        return rows.Where(r => r.IsCurrent || Shows(decisions[r.YouthId], r.CreatedAt)).ToList();
    }

    static bool Shows(AccessDecision decision, DateTimeOffset createdAt) => decision.Shows(DutchCalendar.DateAt(createdAt), false);
}
