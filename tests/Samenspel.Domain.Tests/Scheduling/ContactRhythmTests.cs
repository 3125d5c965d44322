using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Samenspel.Domain.Scheduling;

namespace Samenspel.Domain.Tests.Scheduling;

public sealed class ContactRhythmTests
{
    static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // every, start, last reached, today, expected state, expected deadline
    [InlineData(14, "2026-11-01", null, "2026-11-10", ContactState.OnTime, "2026-11-15")]
    [InlineData(14, "2026-11-01", null, "2026-11-13", ContactState.Due, "2026-11-15")]
    [InlineData(14, "2026-11-01", null, "2026-11-15", ContactState.Due, "2026-11-15")]   // the deadline itself is on time
    [InlineData(14, "2026-11-01", null, "2026-11-16", ContactState.Overdue, "2026-11-15")]
    [InlineData(14, "2026-11-01", "2026-11-20", "2026-12-03", ContactState.Due, "2026-12-04")]
    [InlineData(14, "2026-11-01", "2026-11-20", "2026-12-05", ContactState.Overdue, "2026-12-04")]
    [InlineData(14, "2026-11-01", "2026-10-01", "2026-11-10", ContactState.OnTime, "2026-11-15")] // contact before the start does not count
    [InlineData(1, "2026-11-01", "2026-11-20", "2026-11-20", ContactState.OnTime, "2026-11-21")]  // short rhythm: reached today is on time
    [InlineData(1, "2026-11-01", "2026-11-20", "2026-11-21", ContactState.Due, "2026-11-21")]
    [InlineData(2, "2026-11-01", "2026-11-20", "2026-11-21", ContactState.Due, "2026-11-22")]
    [InlineData(2, "2026-11-01", "2026-11-20", "2026-11-23", ContactState.Overdue, "2026-11-22")]
    [InlineData(7, "2026-03-25", "2026-03-28", "2026-04-04", ContactState.Due, "2026-04-04")]  // across summer time: days are calendar days
    public void State_follows_the_days_since_the_last_reached_contact(int every, string start, string? lastReached, string today, ContactState expected, string deadline)
    {
        var rhythm = ContactRhythm.Every(every);
        var last = lastReached is null ? (DateOnly?)null : D(lastReached);
        Assert.Equal(expected, rhythm.StateOn(D(start), last, D(today)));
        Assert.Equal(D(deadline), rhythm.Deadline(D(start), last));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(91)]
    public void Rhythm_must_be_between_one_and_90_days(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ContactRhythm.Every(days));

    static Arbitrary<DateOnly> Dates() => Gen.Choose(0, 3650).Select(d => new DateOnly(2024, 1, 1).AddDays(d)).ToArbitrary();
    static Arbitrary<int> Rhythms() => Gen.Choose(1, 90).ToArbitrary();

    [Property]
    public Property A_contact_reached_today_is_on_time() =>
        Prop.ForAll(Dates(), Gen.Choose(0, 400).ToArbitrary(), Rhythms(), (start, after, every) =>
        {
            var today = start.AddDays(after);
            return ContactRhythm.Every(every).StateOn(start, today, today) == ContactState.OnTime;
        });

    [Property]
    public Property Overdue_exactly_when_more_days_than_the_rhythm_have_passed_since_the_last_reached_contact() =>
        Prop.ForAll(Dates(), Gen.Choose(0, 200).Two().ToArbitrary(), Rhythms(), (start, offsets, every) =>
        {
            var (lastAfter, todayAfter) = offsets;
            var last = start.AddDays(lastAfter);
            var today = last.AddDays(todayAfter);
            var overdue = ContactRhythm.Every(every).StateOn(start, last, today) == ContactState.Overdue;
            return overdue == (today.DayNumber - last.DayNumber > every);
        });

    [Property]
    public Property Without_any_reached_contact_the_clock_runs_from_the_start() =>
        Prop.ForAll(Dates(), Gen.Choose(0, 200).ToArbitrary(), Rhythms(), (start, after, every) =>
        {
            var today = start.AddDays(after);
            var overdue = ContactRhythm.Every(every).StateOn(start, null, today) == ContactState.Overdue;
            return overdue == (after > every);
        });

    [Property]
    public Property Due_comes_at_most_two_days_before_the_deadline() =>
        Prop.ForAll(Dates(), Gen.Choose(0, 200).ToArbitrary(), Rhythms(), (last, after, every) =>
        {
            var rhythm = ContactRhythm.Every(every);
            var today = last.AddDays(after);
            var state = rhythm.StateOn(last, last, today);
            var left = rhythm.Deadline(last, last).DayNumber - today.DayNumber;
            return state != ContactState.Due || left is >= 0 and <= ContactRhythm.DueWithinDays;
        });
}
