using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Samenspel.Domain.Scheduling;

namespace Samenspel.Domain.Tests.Scheduling;

public sealed class MeasurementScheduleTests
{
    static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    static DateOnly[] Days(string list) => list.Length == 0 ? [] : list.Split(' ').Select(D).ToArray();
    static readonly MeasurementRules Rules = MeasurementRules.Default;

    // A year of help from Monday 4 January 2027: six weeks later is 15 February, the middle (182 days) is 5 July.
    const string Start = "2027-01-04", End = "2028-01-03";

    [Theory]
    // No contacts yet: due six weeks after the start, open two weeks before.
    [InlineData("", "", "First", "2027-02-01", "2027-02-15")]
    // Three contacts: open from the third; the fifth has not happened, so still due by the six-week mark.
    [InlineData("2027-01-05 2027-01-07 2027-01-12", "", "First", "2027-01-12", "2027-02-15")]
    // Five contacts within two weeks: due by the fifth, whichever comes first.
    [InlineData("2027-01-05 2027-01-06 2027-01-07 2027-01-08 2027-01-11", "", "First", "2027-01-07", "2027-01-11")]
    // Contacts in any order; one before the start does not count.
    [InlineData("2027-01-08 2026-12-20 2027-01-06 2027-01-05 2027-01-11 2027-01-07", "", "First", "2027-01-07", "2027-01-11")]
    // Contacts come slowly: the third falls after six weeks, so the window is the two weeks before the six-week mark.
    [InlineData("2027-01-20 2027-02-10 2027-03-01", "", "First", "2027-02-01", "2027-02-15")]
    // After the first: the midway window, two weeks either side of 5 July.
    [InlineData("", "2027-02-01", "Midway", "2027-06-21", "2027-07-19")]
    // A late first measurement pushes the midway window: at least four weeks after it, and two weeks wide.
    [InlineData("", "2027-06-10", "Midway", "2027-07-08", "2027-07-22")]
    // A first measurement after the middle: from four weeks after it, for two weeks.
    [InlineData("", "2027-08-01", "Midway", "2027-08-29", "2027-09-12")]
    // Two taken: nothing more is required.
    [InlineData("", "2027-02-01 2027-07-01", null, null, null)]
    public void Next_measurement_window(string contacts, string taken, string? purpose, string? opens, string? due)
    {
        var next = MeasurementSchedule.Next(Rules, D(Start), D(End), Days(contacts), Days(taken));
        Assert.Equal(purpose is null ? null : new MeasurementDue(Enum.Parse<MeasurementPurpose>(purpose), D(opens!), D(due!)), next);
    }

    [Theory]
    // Four weeks of help: the first is due by the end, open from two weeks before; no room for a second.
    [InlineData("2027-01-04", "2027-02-01", "", "First", "2027-01-18", "2027-02-01")]
    [InlineData("2027-01-04", "2027-02-01", "2027-01-10", null, null, null)]
    // Ten weeks (middle 8 February): the second from four weeks after the first, for two weeks.
    [InlineData("2027-01-04", "2027-03-15", "2027-01-25", "Midway", "2027-02-22", "2027-03-08")]
    // Five weeks, first on day 7: four weeks later leaves one day before the end.
    [InlineData("2027-01-04", "2027-02-08", "2027-01-11", "Midway", "2027-02-08", "2027-02-08")]
    public void Short_trajectories_keep_both_measurements_inside_the_trajectory(string start, string end, string taken, string? purpose, string? opens, string? due)
    {
        var next = MeasurementSchedule.Next(Rules, D(start), D(end), [], Days(taken));
        Assert.Equal(purpose is null ? null : new MeasurementDue(Enum.Parse<MeasurementPurpose>(purpose), D(opens!), D(due!)), next);
    }

    [Theory]
    [InlineData("2027-03-01", true)]
    [InlineData("2027-02-28", false)] // 27 days after the last one
    [InlineData("2027-01-03", false)] // before the start
    [InlineData("2028-01-04", false)] // after the end
    [InlineData("2027-01-04", true)]  // exactly four weeks before the one on 1 February
    [InlineData("2027-01-05", false)] // 27 days before it
    public void Ad_hoc_measurement_keeps_the_minimum_interval(string day, bool allowed) =>
        Assert.Equal(allowed, MeasurementSchedule.MayMeasureOn(Rules, D(day), D(Start), D(End), [D("2027-02-01")]));

    [Fact]
    public void Window_is_late_only_after_its_last_day()
    {
        var due = new MeasurementDue(MeasurementPurpose.First, D("2027-01-12"), D("2027-02-15"));
        Assert.False(due.IsOpen(D("2027-01-11")));
        Assert.True(due.IsOpen(D("2027-01-12")));
        Assert.False(due.IsOverdue(D("2027-02-15")));
        Assert.True(due.IsOverdue(D("2027-02-16")));
    }

    static readonly DateOnly Origin = new(2026, 1, 1);

    /// <summary>A trajectory of 12 weeks to 3 years, with contacts on random days.</summary>
    static Arbitrary<(DateOnly Start, DateOnly End, DateOnly[] Contacts)> Trajectories() =>
        (from start in Gen.Choose(0, 2000)
         from weeks in Gen.Choose(12, 156)
         from contacts in Gen.ListOf(Gen.Choose(0, weeks * 7))
         let s = Origin.AddDays(start)
         select (s, s.AddDays(weeks * 7), contacts.Select(c => s.AddDays(c)).ToArray())).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property A_mentor_who_measures_on_any_day_of_each_window_gets_two_measurements_early_and_apart() =>
        Prop.ForAll(Trajectories(), Gen.Choose(0, 100).ToArbitrary(), (t, pick) =>
        {
            var taken = new List<DateOnly>();
            while (MeasurementSchedule.Next(Rules, t.Start, t.End, t.Contacts, taken) is { } next)
            {
                if (taken.Count >= 2 || next.OpensOn > next.DueBy || next.OpensOn < t.Start || next.DueBy > t.End) return false;
                var day = next.OpensOn.AddDays((next.DueBy.DayNumber - next.OpensOn.DayNumber) * pick / 100);
                if (!MeasurementSchedule.MayMeasureOn(Rules, day, t.Start, t.End, taken)) return false;
                taken.Add(day);
            }
            return taken.Count == 2
                && taken[0] <= t.Start.AddDays(7 * Rules.FirstWithinWeeks)       // the first early, never only at the end
                && taken[1].DayNumber - taken[0].DayNumber >= Rules.MinimumIntervalDays;
        });

    [Property(MaxTest = 300)]
    public Property First_measurement_is_due_by_the_fifth_contact_or_six_weeks_whichever_comes_first() =>
        Prop.ForAll(Trajectories(), t =>
        {
            var next = MeasurementSchedule.Next(Rules, t.Start, t.End, t.Contacts, [])!;
            var inside = t.Contacts.Where(c => c >= t.Start && c <= t.End).Order().ToList();
            var sixWeeks = t.Start.AddDays(42);
            var expected = inside.Count >= 5 && inside[4] < sixWeeks ? inside[4] : sixWeeks;
            return next.Purpose == MeasurementPurpose.First && next.DueBy == expected
                && next.OpensOn >= t.Start && next.OpensOn <= next.DueBy
                && (inside.Count < 3 || next.OpensOn <= inside[2]);              // open by the third contact at the latest
        });
}
