using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Samenspel.Web.Jobs;

namespace Samenspel.Web.Tests.Jobs;

public sealed class ScheduledJobNextRunTests
{
    static readonly DateTimeOffset Nine = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string, string> Cases => new()
    {
        // scheduled time, now, next run
        { "09:00", "09:00", "1 09:00" },        // due exactly now: the next day
        { "09:00", "09:05", "1 09:00" },        // a little late: time of day kept
        { "09:00", "1 08:59", "1 09:00" },
        { "09:00", "1 09:00", "2 09:00" },      // one period missed: skipped, not run twice
        { "09:00", "10 17:30", "11 09:00" },    // ten days without a node: one run, then back on the grid
    };

    /// <summary>"HH:mm" on the first day, or "D HH:mm" D days later.</summary>
    static DateTimeOffset At(string text)
    {
        var parts = text.Split(' ');
        var days = parts.Length == 2 ? int.Parse(parts[0]) : 0;
        return new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero).AddDays(days) + TimeSpan.Parse(parts[^1]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Daily_job_runs_next_on_its_grid_after_now(string scheduled, string now, string next) =>
        Assert.Equal(At(next), ScheduledJob.NextRunAfter(At(scheduled), TimeSpan.FromDays(1), At(now)));

    [Fact]
    public void Job_that_is_not_due_keeps_its_time() =>
        Assert.Equal(Nine, ScheduledJob.NextRunAfter(Nine, TimeSpan.FromDays(1), Nine.AddHours(-1)));

    [Fact]
    public void Interval_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ScheduledJob.NextRunAfter(Nine, TimeSpan.Zero, Nine));

    [Property(MaxTest = 1000)]
    public Property Next_run_is_the_first_time_on_the_grid_after_now() =>
        Prop.ForAll(
            (from intervalSeconds in Gen.Choose(1, 7 * 24 * 3600)
             from lateSeconds in Gen.Choose(0, int.MaxValue)
             from extraTicks in Gen.Choose(0, 9_999_999)
             select (interval: TimeSpan.FromSeconds(intervalSeconds), now: Nine + TimeSpan.FromSeconds(lateSeconds) + TimeSpan.FromTicks(extraTicks))).ToArbitrary(),
            t =>
            {
                var next = ScheduledJob.NextRunAfter(Nine, t.interval, t.now);
                return next > t.now                                  // never in the past, never now
                       && next - t.interval <= t.now                 // no later than needed: missed periods are skipped, not more
                       && (next - Nine).Ticks % t.interval.Ticks == 0; // on the grid of the first run
            });
}
