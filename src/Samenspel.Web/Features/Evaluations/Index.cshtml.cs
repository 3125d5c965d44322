namespace Samenspel.Web.Features.Evaluations;

/// <summary>A trajectory's evaluations: the rhythm, when the next one is due or since when it is late, and each
/// evaluation with its GAS T-score and what went well, what did not and what changes.</summary>
[YouthData(DataCategory.Plan)]
[YouthData(DataCategory.Plan, AccessAction.Write, Use = Use.Offer)]
public sealed class IndexModel(SamenspelDb db, TimeProvider clock) : PageModel
{
    public sealed record GoalLevel(string? Goal, int Level);
    public sealed record Row(Guid Id, DateOnly HeldOn, string? WentWell, string? DidNotGoWell, string? PlanChanges, double? TScore, List<GoalLevel> Levels);

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    public string YouthName { get; private set; } = "";
    public TrajectoryType? Type { get; private set; }
    public EvaluationStatus.Schedule? Schedule { get; private set; }
    public List<Row> Rows { get; private set; } = [];
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var grant = this.Grant();
        CanWrite = grant.May(DataCategory.Plan, AccessAction.Write);
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        var trajectory = await db.Trajectories.AsNoTracking().CurrentTrajectory(YouthId)
            .Select(t => new { t.Id, t.Type, t.StartDate, t.EvaluationMonths }).SingleOrDefaultAsync(ct);
        if (trajectory is null) return Page();
        Type = trajectory.Type;

        var evaluations = await db.Evaluations.AsNoTracking().Where(e => e.TrajectoryId == trajectory.Id)
            .OrderByDescending(e => e.HeldOn).ThenByDescending(e => e.RecordedAt).ToListAsync(ct);
        var today = clock.DutchToday();
        Schedule = EvaluationStatus.ScheduleOf(trajectory.Type, trajectory.EvaluationMonths, trajectory.StartDate,
            evaluations.Count == 0 ? null : evaluations.Max(e => e.HeldOn), today);

        // Dated authority: a parent sees the evaluations held from the day their authority began.
        var shown = evaluations.Where(e => grant[DataCategory.Plan].Shows(e.HeldOn, false)).ToList();
        var shownIds = shown.Select(e => e.Id).ToList();
        var scorings = await db.GoalScorings.AsNoTracking()
            .Where(s => s.TrajectoryId == trajectory.Id && s.Moment == ScoringMoment.Evaluation && s.EvaluationId != null && shownIds.Contains(s.EvaluationId.Value))
            .Select(s => new { EvaluationId = s.EvaluationId!.Value, s.GoalLineageId, s.Level }).ToListAsync(ct);
        var goals = await EvaluationStatus.GoalsByLineageAsync(db, trajectory.Id, ct);
        var byEvaluation = scorings.ToLookup(s => s.EvaluationId);
        Rows = shown.Select(e =>
        {
            var levels = byEvaluation[e.Id].ToList();
            return new Row(e.Id, e.HeldOn, e.WentWell, e.DidNotGoWell, e.PlanChanges,
                EvaluationStatus.TScore(levels.Select(l => (l.GoalLineageId, l.Level)), goals),
                levels.Select(l => (Goal: goals.GetValueOrDefault(l.GoalLineageId), l.Level))
                    .OrderBy(l => l.Goal?.Position ?? int.MaxValue).Select(l => new GoalLevel(l.Goal?.Wording, l.Level)).ToList());
        }).ToList();
        return Page();
    }
}
