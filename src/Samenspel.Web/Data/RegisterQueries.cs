namespace Samenspel.Web.Data;

/// <summary>
/// The register's recurring questions, each answered once: which trajectory is a youth's current one, which
/// trajectories run on a day, who is the mentor of a trajectory, and how a goal reads and weighs across plan versions.
/// They are queries only and compose with the rest of a query; callers decide access first.
/// </summary>
public static class RegisterQueries
{
    /// <summary>
    /// The youth's current trajectory: the one that started last (on the same start day, the one with the highest id,
    /// a version-7 GUID, so in practice the one registered last). The end date plays no part. Why: the end date is
    /// an <em>expected</em> end and help often runs on past it, so a trajectory past its end stays the youth's file,
    /// with its plan, its mentor and its messages, until a later one is registered; a page should never lose the
    /// youth's file because a date passed. When two trajectories overlap, the later one is current: it is the one
    /// the intake, the start information and the new plan are made for, and the earlier one is winding down. A
    /// trajectory registered to start later is current from the day it is registered, for the same reason: the
    /// family is prepared for it before it starts.
    /// </summary>
    public static IQueryable<Trajectory> CurrentTrajectory(this IQueryable<Trajectory> trajectories, Guid youthId) =>
        trajectories.Where(t => t.YouthId == youthId).OrderByDescending(t => t.StartDate).ThenByDescending(t => t.Id).Take(1);

    /// <summary>The current trajectory of every youth, as <see cref="CurrentTrajectory"/> decides it: one per youth,
    /// for lists and overviews in one query.</summary>
    public static IQueryable<Trajectory> Current(this DbSet<Trajectory> trajectories) =>
        trajectories.Where(t => t.Id == trajectories.Where(o => o.YouthId == t.YouthId)
            .OrderByDescending(o => o.StartDate).ThenByDescending(o => o.Id).Select(o => o.Id).First());

    /// <summary>
    /// The trajectories that run on <paramref name="day"/>: started on or before it, and not past their expected
    /// end. The end date is inclusive: it is the last day of help (see <see cref="Trajectory.ExpectedEndDate"/>),
    /// so on that day the family is still in help, gets reminders and counts for the team, and FHIR shows the care
    /// team as active. Overlapping trajectories of one youth both run; combine with <see cref="Current"/> for one.
    /// </summary>
    public static IQueryable<Trajectory> ActiveOn(this IQueryable<Trajectory> trajectories, DateOnly day) =>
        trajectories.Where(t => t.StartDate <= day && day <= t.ExpectedEndDate);

    /// <summary>The trajectories that have not ended on <paramref name="day"/> (the end day inclusive, as in
    /// <see cref="ActiveOn"/>), including those that start later: a family is called and addressed from the day it
    /// is registered, before its help starts.</summary>
    public static IQueryable<Trajectory> NotEndedOn(this IQueryable<Trajectory> trajectories, DateOnly day) =>
        trajectories.Where(t => day <= t.ExpectedEndDate);

    /// <summary>One row per trajectory that has a mentor: the trajectory and the staff member in the mentor role
    /// on its care team. Correlate it on <see cref="TrajectoryMentor.TrajectoryId"/> inside a larger query.</summary>
    public static IQueryable<TrajectoryMentor> Mentors(this SamenspelDb db) =>
        db.CareTeamMembers.Where(m => m.Role == StaffRole.Mentor)
            .Join(db.Staff, m => m.StaffMemberId, s => s.Id, (m, s) => new TrajectoryMentor { TrajectoryId = m.TrajectoryId, Staff = s });

    /// <summary>The care team rows in which <paramref name="staffMemberId"/> is the mentor, one per trajectory they
    /// lead (ended ones too: combine with <see cref="NotEndedOn"/> where that matters).</summary>
    public static IQueryable<CareTeamMember> MentoredBy(this SamenspelDb db, Guid staffMemberId) =>
        db.CareTeamMembers.Where(m => m.StaffMemberId == staffMemberId && m.Role == StaffRole.Mentor);

    /// <summary>The youths on a care team of whose trajectories (any of them) the staff member sits, in any role: the
    /// staff member's caseload.</summary>
    public static IQueryable<Youth> OnCareTeamOf(this IQueryable<Youth> youths, SamenspelDb db, Guid staffMemberId) =>
        youths.Where(y => db.CareTeamMembers.Any(m => m.YouthId == y.Id && m.StaffMemberId == staffMemberId));

    /// <summary>
    /// The mentor of one trajectory: the care team member in the mentor role on <em>that</em> trajectory, or none.
    /// Always ask it of a trajectory, never of a youth: a youth's earlier trajectories keep their own care teams
    /// with the mentor who led them then, and the family must see the mentor of the current one. A change of
    /// mentor replaces the member (<see cref="Trajectory.ChangeMentor"/>), so there is at most one.
    /// </summary>
    public static IQueryable<StaffMember> MentorOf(this SamenspelDb db, Guid trajectoryId) =>
        db.Mentors().Where(m => m.TrajectoryId == trajectoryId).Select(m => m.Staff);

    /// <summary>
    /// Each goal of a trajectory's plan once, as the latest plan version that has it (by lineage) words and weighs it.
    /// A goal's weight is therefore the weight in its latest version, also for scores given under an earlier version:
    /// the T-score always weighs goals as the plan weighs them now. A goal removed from the plan keeps the weight of
    /// the last version that still had it.
    /// </summary>
    public static IQueryable<Goal> LatestGoalVersions(this SamenspelDb db, Guid trajectoryId)
    {
        var goals = db.Goals.Join(db.Plans.Where(p => p.TrajectoryId == trajectoryId), g => g.PlanId, p => p.Id, (g, p) => new { Goal = g, p.Version });
        return goals.Where(x => !goals.Any(o => o.Goal.LineageId == x.Goal.LineageId && o.Version > x.Version)).Select(x => x.Goal);
    }
}

/// <summary>A trajectory and its mentor, from <see cref="RegisterQueries.Mentors"/>.</summary>
public sealed class TrajectoryMentor
{
    public Guid TrajectoryId { get; init; }
    public required StaffMember Staff { get; init; }
}
