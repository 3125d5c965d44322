using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Samenspel.Domain.Scheduling;

namespace Samenspel.Domain.Tests.Scheduling;

public sealed class EvaluationRhythmTests
{
    static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(3, "2026-01-15", null, "2026-04-15")]
    [InlineData(6, "2026-01-15", null, "2026-07-15")]
    [InlineData(3, "2026-01-15", "2026-04-20", "2026-07-20")]
    [InlineData(3, "2025-11-30", null, "2026-02-28")]   // clamps to the end of February
    [InlineData(3, "2027-11-30", null, "2028-02-29")]   // leap year
    [InlineData(6, "2026-01-15", "2025-12-01", "2026-07-15")] // an evaluation before the start does not count
    public void Next_evaluation_is_one_rhythm_after_the_last(int months, string start, string? last, string expected) =>
        Assert.Equal(D(expected), EvaluationRhythm.Every(months).NextDue(D(start), last is null ? null : D(last)));

    [Theory]
    [InlineData("2026-04-15", false)]
    [InlineData("2026-04-16", true)]
    [InlineData("2026-03-01", false)]
    public void Overdue_from_the_day_after_the_due_date(string today, bool overdue) =>
        Assert.Equal(overdue, EvaluationRhythm.Every(3).IsOverdue(D("2026-01-15"), null, D(today)));

    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    public void Rhythm_must_be_between_one_and_24_months(int months) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationRhythm.Every(months));

    static Arbitrary<DateOnly> Dates() => Gen.Choose(0, 3650).Select(d => new DateOnly(2024, 1, 1).AddDays(d)).ToArbitrary();

    [Property]
    public Property Evaluating_on_the_due_date_moves_the_next_due_date_forward_by_about_the_rhythm() =>
        Prop.ForAll(Dates(), Gen.Choose(1, 12).ToArbitrary(), (start, months) =>
        {
            var rhythm = EvaluationRhythm.Every(months);
            var due = rhythm.NextDue(start, null);
            var next = rhythm.NextDue(start, due);
            var days = next.DayNumber - due.DayNumber;
            return !rhythm.IsOverdue(start, null, due) && rhythm.IsOverdue(start, null, due.AddDays(1))
                   && days >= months * 28 && days <= months * 31;
        });
}
