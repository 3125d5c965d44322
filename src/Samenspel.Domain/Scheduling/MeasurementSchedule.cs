namespace Samenspel.Domain.Scheduling;

/// <summary>A team's rules for when the working relationship is measured (docs/domain.md, "Measuring the working relationship"):
/// the first measurement between the <see cref="FirstFromContact"/>th and <see cref="FirstByContact"/>th recorded
/// contact, or within <see cref="FirstWithinWeeks"/> weeks of the start, whichever comes first; the second around
/// the midway evaluation (the middle of the trajectory, give or take <see cref="MidwayMarginWeeks"/> weeks); never
/// two within <see cref="MinimumIntervalWeeks"/> weeks. Every window is at least the margin wide where the
/// trajectory leaves room, so the mentor can choose the day.</summary>
public sealed record MeasurementRules(
    int FirstFromContact = 3, int FirstByContact = 5, int FirstWithinWeeks = 6, int MinimumIntervalWeeks = 4, int MidwayMarginWeeks = 2)
{
    public static readonly MeasurementRules Default = new();

    public int MinimumIntervalDays => 7 * MinimumIntervalWeeks;
}

public enum MeasurementPurpose { First, Midway }

/// <summary>The next measurement the product asks for: open from <see cref="OpensOn"/> (the mentor picks the day
/// within the window), late from the day after <see cref="DueBy"/>.</summary>
public sealed record MeasurementDue(MeasurementPurpose Purpose, DateOnly OpensOn, DateOnly DueBy)
{
    public bool IsOpen(DateOnly today) => today >= OpensOn;
    public bool IsOverdue(DateOnly today) => today > DueBy;
}

public static class MeasurementSchedule
{
    /// <summary>
    /// The measurement still required in a trajectory, or null when the two required ones have been taken (or no
    /// room is left before the expected end). Later measurements are ad hoc: see <see cref="MayMeasureOn"/>.
    /// <paramref name="contacts"/> are the dates of recorded contacts and <paramref name="measurements"/> the dates
    /// of measurements taken, in any order; dates outside the trajectory are ignored.
    /// </summary>
    public static MeasurementDue? Next(MeasurementRules rules, DateOnly start, DateOnly expectedEnd,
        IEnumerable<DateOnly> contacts, IEnumerable<DateOnly> measurements)
    {
        if (expectedEnd < start) return null;
        var taken = Within(measurements, start, expectedEnd);
        if (taken.Count == 0)
        {
            var recorded = Within(contacts, start, expectedEnd);
            var byWeeks = Min(start.AddDays(7 * rules.FirstWithinWeeks), expectedEnd);
            DateOnly? Contact(int n) => recorded.Count >= n ? recorded[n - 1] : null;
            var dueBy = Min(Contact(rules.FirstByContact) ?? byWeeks, byWeeks);
            // Open from the third contact; when contacts are slow, still some weeks before it is due.
            var heads = Max(byWeeks.AddDays(-7 * rules.MidwayMarginWeeks), start);
            return new(MeasurementPurpose.First, Min(Min(Contact(rules.FirstFromContact) ?? heads, heads), dueBy), dueBy);
        }
        if (taken.Count >= 2) return null;

        var midway = start.AddDays((expectedEnd.DayNumber - start.DayNumber) / 2);
        var margin = 7 * rules.MidwayMarginWeeks;
        var opens = Max(midway.AddDays(-margin), taken[0].AddDays(rules.MinimumIntervalDays));
        // A window of at least the margin, also when a late first measurement pushed it past the middle.
        var due = Min(Max(midway.AddDays(margin), opens.AddDays(margin)), expectedEnd);
        return opens <= due ? new(MeasurementPurpose.Midway, opens, due) : null;
    }

    /// <summary>Whether a measurement (planned or ad hoc) may be taken on <paramref name="day"/>: inside the
    /// trajectory and at least the minimum interval away from every other measurement.</summary>
    public static bool MayMeasureOn(MeasurementRules rules, DateOnly day, DateOnly start, DateOnly expectedEnd, IEnumerable<DateOnly> measurements) =>
        day >= start && day <= expectedEnd
        && measurements.All(m => Math.Abs(day.DayNumber - m.DayNumber) >= rules.MinimumIntervalDays);

    static List<DateOnly> Within(IEnumerable<DateOnly> days, DateOnly start, DateOnly end) =>
        days.Where(d => d >= start && d <= end).Order().ToList();

    static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
