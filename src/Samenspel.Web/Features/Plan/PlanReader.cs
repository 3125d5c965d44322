namespace Samenspel.Web.Features.Plan;

public sealed record StepView(Guid Id, string Text, DateOnly? DoneOn);

public sealed record GoalView(Guid Id, Guid LineageId, string YouthWording, string? ProfessionalWording, string Owner, double Weight, string[] Levels, List<StepView> Steps);

public sealed record TrajectoryRef(Guid Id, DateOnly StartDate);

public sealed record AgreementView(Guid UserId, Guid? CarerId, PlanParty Party, bool Agrees, string? Comment, DateTimeOffset RecordedAt)
{
    /// <summary>The comment as the access policy judges it: what a carer wrote is theirs and the team's.</summary>
    public Samenspel.Domain.Access.Item CommentItem => new(DutchCalendar.DateAt(RecordedAt), PersonalToCarer: CarerId);
}

/// <summary>One plan version as the pages show it.</summary>
public sealed record PlanView(
    Guid Id, int Version, DateTimeOffset CreatedAt, string? Considerations, string? YouthView, string? CarersView, string? TeamView,
    List<GoalView> Goals, List<AgreementView> Agreements);

/// <summary>What the goals partial shows: scores and edit controls only on the current plan.</summary>
public sealed record GoalsSection(Guid YouthId, PlanView Plan, ScoreHistory? Scores, bool CanEdit);

/// <summary>Queries for the plan pages. Callers check access with <c>YouthAccess</c> first.</summary>
public static class PlanReader
{
    /// <summary>The youth's current trajectory (<see cref="RegisterQueries.CurrentTrajectory"/>) as the plan pages need it.</summary>
    public static Task<TrajectoryRef?> CurrentTrajectoryAsync(SamenspelDb db, Guid youthId, CancellationToken ct) =>
        db.Trajectories.AsNoTracking().CurrentTrajectory(youthId)
            .Select(t => new TrajectoryRef(t.Id, t.StartDate)).FirstOrDefaultAsync(ct);

    /// <summary>One version of the trajectory's plan, or the current (highest) one when <paramref name="version"/> is null.</summary>
    public static async Task<PlanView?> VersionAsync(SamenspelDb db, Guid trajectoryId, int? version, CancellationToken ct)
    {
        var plans = db.Plans.AsNoTracking().Where(p => p.TrajectoryId == trajectoryId);
        plans = version is { } v ? plans.Where(p => p.Version == v) : plans.OrderByDescending(p => p.Version).Take(1);
        var plan = await plans
            .Select(p => new { p.Id, p.Version, p.CreatedAt, p.Considerations, p.YouthView, p.CarersView, p.TeamView })
            .SingleOrDefaultAsync(ct);
        if (plan is null) return null;
        // Agreements, goals and steps are loaded on their own: SQLite cannot nest collections under the Take(1) of the
        // current version, and a primitive collection (the level texts) is not nested alike by both providers.
        var agreements = await db.PlanAgreements.AsNoTracking().Where(a => a.PlanId == plan.Id).OrderBy(a => a.RecordedAt)
            .Select(a => new AgreementView(a.UserId, a.CarerId, a.Party, a.Agrees, a.Comment, a.RecordedAt)).ToListAsync(ct);
        var goals = await db.Goals.AsNoTracking().Where(g => g.PlanId == plan.Id).OrderBy(g => g.Position)
            .Select(g => new { g.Id, g.LineageId, g.YouthWording, g.ProfessionalWording, g.Owner, g.Weight, g.Levels })
            .ToListAsync(ct);
        var goalIds = goals.Select(g => g.Id).ToList();
        var steps = (await db.GoalSteps.AsNoTracking().Where(s => goalIds.Contains(s.GoalId)).OrderBy(s => s.Position)
            .Select(s => new { s.GoalId, View = new StepView(s.Id, s.Text, s.DoneOn) }).ToListAsync(ct))
            .ToLookup(s => s.GoalId, s => s.View);
        return new PlanView(plan.Id, plan.Version, plan.CreatedAt, plan.Considerations, plan.YouthView, plan.CarersView, plan.TeamView,
            goals.Select(g => new GoalView(g.Id, g.LineageId, g.YouthWording, g.ProfessionalWording, g.Owner, g.Weight, g.Levels, steps[g.Id].ToList())).ToList(),
            agreements);
    }

    /// <summary>All versions of the trajectory's plan, newest first, with when they were made.</summary>
    public static Task<List<(int Version, DateTimeOffset CreatedAt)>> VersionsAsync(SamenspelDb db, Guid trajectoryId, CancellationToken ct) =>
        db.Plans.AsNoTracking().Where(p => p.TrajectoryId == trajectoryId).OrderByDescending(p => p.Version)
            .Select(p => new ValueTuple<int, DateTimeOffset>(p.Version, p.CreatedAt)).ToListAsync(ct);

    /// <summary>The current plan version with its goals, steps and agreements, tracked for a change; null when
    /// the trajectory has no plan yet.</summary>
    public static Task<Data.Plan?> CurrentForChangeAsync(SamenspelDb db, Guid trajectoryId, CancellationToken ct) =>
        db.Plans.Where(p => p.TrajectoryId == trajectoryId).OrderByDescending(p => p.Version)
            .Include(p => p.Goals).ThenInclude(g => g.Steps)
            .Include(p => p.Agreements)
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);

    /// <summary>
    /// The version to change. Once someone agreed or objected, a version is a record: a new version is made from it
    /// and added, the old one stays as it was, and the new one asks for agreement again. Call this only when there
    /// really is a change, so that saving an unchanged form makes no new version.
    /// </summary>
    public static Data.Plan Writable(SamenspelDb db, Data.Plan current, DateTimeOffset now) =>
        current.IsLocked ? db.Plans.Add(current.NextVersion(now)).Entity : current;

    /// <summary>Version 1 of a trajectory's plan, empty, added.</summary>
    public static Data.Plan Start(SamenspelDb db, TrajectoryRef trajectory, Guid youthId, DateTimeOffset now) =>
        db.Plans.Add(new Data.Plan { TrajectoryId = trajectory.Id, YouthId = youthId, Version = 1, CreatedAt = now }).Entity;
}
