namespace Samenspel.Domain.Scheduling;

/// <summary>How often a trajectory's plan is evaluated, e.g. every 3 months in residential care aimed at going home,
/// every 6 months in long-term care. Set per trajectory type and changeable per trajectory.</summary>
public readonly record struct EvaluationRhythm(int Months)
{
    /// <summary>The default per trajectory type: every 3 months where help is short or aims at going home,
    /// every 6 months in long-term or school-based help. A trajectory can set its own.</summary>
    public static EvaluationRhythm DefaultFor(Register.TrajectoryType type) => type switch
    {
        Register.TrajectoryType.SchoolBased => new(6),
        _ => new(3),
    };

    public static EvaluationRhythm Every(int months) =>
        months is >= 1 and <= 24 ? new(months) : throw new ArgumentOutOfRangeException(nameof(months), "Between 1 and 24 months.");

    /// <summary>The next evaluation falls one rhythm after the last one, or after the start when there was none.
    /// Month arithmetic clamps to the end of a shorter month (31 January + 1 month = 28 or 29 February).</summary>
    public DateOnly NextDue(DateOnly trajectoryStart, DateOnly? lastEvaluation) =>
        (lastEvaluation is { } last && last > trajectoryStart ? last : trajectoryStart).AddMonths(Months);

    /// <summary>Overdue from the day after the due date (the due date itself is still on time).</summary>
    public bool IsOverdue(DateOnly trajectoryStart, DateOnly? lastEvaluation, DateOnly today) =>
        today > NextDue(trajectoryStart, lastEvaluation);
}
