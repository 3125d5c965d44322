using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Samenspel.Domain.Access;

namespace Samenspel.Domain.Tests.Access;

public class AgeTests
{
    static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    // birthday itself, the day before, the day after
    [InlineData("2010-05-20", "2026-05-20", 16)]
    [InlineData("2010-05-20", "2026-05-19", 15)]
    [InlineData("2010-05-20", "2026-05-21", 16)]
    [InlineData("2010-05-20", "2010-05-20", 0)]
    [InlineData("2010-05-20", "2011-05-19", 0)]
    // later in the year's month but earlier day, and earlier month but later day
    [InlineData("2010-05-20", "2026-06-01", 16)]
    [InlineData("2010-05-20", "2026-04-30", 15)]
    // new year's eve / new year's day
    [InlineData("2008-01-01", "2025-12-31", 17)]
    [InlineData("2008-01-01", "2026-01-01", 18)]
    [InlineData("2008-12-31", "2026-12-30", 17)]
    [InlineData("2008-12-31", "2026-12-31", 18)]
    // born 29 February: in a leap year the birthday is 29 February
    [InlineData("2012-02-29", "2028-02-28", 15)]
    [InlineData("2012-02-29", "2028-02-29", 16)]
    [InlineData("2012-02-29", "2028-03-01", 16)]
    // ... in a non-leap year it falls on 1 March
    [InlineData("2012-02-29", "2027-02-28", 14)]
    [InlineData("2012-02-29", "2027-03-01", 15)]
    [InlineData("2012-02-29", "2026-02-28", 13)]
    [InlineData("2012-02-29", "2026-03-01", 14)]
    [InlineData("2008-02-29", "2026-02-28", 17)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    [InlineData("2012-02-29", "2100-02-28", 87)] // 2100 is not a leap year
    [InlineData("2012-02-29", "2100-03-01", 88)]
    // born 28 February or 1 March is not affected
    [InlineData("2012-02-28", "2027-02-28", 15)]
    [InlineData("2012-03-01", "2027-02-28", 14)]
    [InlineData("2012-03-01", "2027-03-01", 15)]
    [InlineData("2011-03-01", "2028-02-29", 16)]
    public void YearsOn_counts_completed_years(string born, string on, int expected) =>
        Assert.Equal(expected, Age.YearsOn(D(born), D(on)));

    [Theory]
    [InlineData("2014-06-15", "2026-06-14", AgeBand.Under12)]
    [InlineData("2014-06-15", "2026-06-15", AgeBand.From12To15)]
    [InlineData("2010-06-15", "2026-06-14", AgeBand.From12To15)]
    [InlineData("2010-06-15", "2026-06-15", AgeBand.From16To17)]
    [InlineData("2008-06-15", "2026-06-14", AgeBand.From16To17)]
    [InlineData("2008-06-15", "2026-06-15", AgeBand.Adult)]
    [InlineData("2020-01-01", "2026-06-15", AgeBand.Under12)]
    [InlineData("1990-01-01", "2026-06-15", AgeBand.Adult)]
    // 29 February birthdays cross a band on 1 March in non-leap years
    [InlineData("2008-02-29", "2026-02-28", AgeBand.From16To17)]
    [InlineData("2008-02-29", "2026-03-01", AgeBand.Adult)]
    [InlineData("2012-02-29", "2028-02-28", AgeBand.From12To15)]
    [InlineData("2012-02-29", "2028-02-29", AgeBand.From16To17)]
    [InlineData("2016-02-29", "2028-02-28", AgeBand.Under12)]
    [InlineData("2016-02-29", "2028-02-29", AgeBand.From12To15)]
    [InlineData("2015-02-28", "2027-02-28", AgeBand.From12To15)]
    public void BandOn_switches_on_the_12th_16th_and_18th_birthday(string born, string on, AgeBand expected) =>
        Assert.Equal(expected, Age.BandOn(D(born), D(on)));

    [Theory]
    [InlineData("2026-06-30T22:30:00Z", "2026-07-01")] // summer time, UTC+2
    [InlineData("2026-06-30T21:59:59Z", "2026-06-30")]
    [InlineData("2026-06-30T22:00:00Z", "2026-07-01")]
    [InlineData("2026-12-31T23:30:00Z", "2027-01-01")] // winter time, UTC+1
    [InlineData("2026-12-31T22:59:00Z", "2026-12-31")]
    [InlineData("2026-12-31T23:00:00Z", "2027-01-01")]
    [InlineData("2026-07-01T00:30:00+02:00", "2026-07-01")] // an offset other than UTC is honoured
    [InlineData("2026-06-30T18:00:00-05:00", "2026-07-01")]
    [InlineData("2026-03-28T23:30:00Z", "2026-03-29")] // night of the switch to summer time
    [InlineData("2026-10-24T22:30:00Z", "2026-10-25")] // night of the switch to winter time (still UTC+2)
    [InlineData("2026-10-25T22:30:00Z", "2026-10-25")] // after the switch: UTC+1
    public void DutchDate_is_the_calendar_date_in_Amsterdam(string instant, string expected) =>
        Assert.Equal(D(expected), DutchCalendar.DateAt(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-07-01 08:00", "2026-07-01T06:00:00Z")] // summer time, UTC+2
    [InlineData("2026-12-01 08:00", "2026-12-01T07:00:00Z")] // winter time, UTC+1
    [InlineData("2026-03-29 03:30", "2026-03-29T01:30:00Z")] // just after the switch to summer time
    [InlineData("2026-10-25 12:00", "2026-10-25T11:00:00Z")] // the day of the switch to winter time
    public void A_Dutch_wall_clock_time_is_one_instant_and_reads_back_the_same(string local, string utc)
    {
        var wall = DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var instant = DutchCalendar.ToInstant(wall);
        Assert.Equal(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
        Assert.Equal(wall, DutchCalendar.TimeAt(instant).DateTime);
    }

    [Fact]
    public void A_youth_turns_18_at_Dutch_midnight_not_UTC_midnight()
    {
        var born = D("2008-07-01");
        var lateEveningUtc = DateTimeOffset.Parse("2026-06-30T22:15:00Z", CultureInfo.InvariantCulture);
        Assert.Equal(AgeBand.From16To17, Age.BandOn(born, DateOnly.FromDateTime(lateEveningUtc.UtcDateTime)));
        Assert.Equal(AgeBand.Adult, Age.BandOn(born, DutchCalendar.DateAt(lateEveningUtc)));
    }

    // ---- Properties ----

    static readonly DateOnly Epoch = new(1980, 1, 1);
    static readonly Gen<DateOnly> BirthDates = Gen.Choose(0, 365 * 40).Select(Epoch.AddDays);

    /// <summary>Birth dates on 28 Feb, 29 Feb or 1 March come up often: that is where the rules bite.</summary>
    static readonly Gen<DateOnly> InterestingBirthDates = Gen.OneOf(
        BirthDates,
        Gen.Elements(1980, 1984, 1996, 2000, 2004, 2012, 2016).SelectMany(y =>
            Gen.Elements(new DateOnly(y, 2, 28), new DateOnly(y, 2, 29), new DateOnly(y, 3, 1))));

    /// <summary>The spec: the birthday in <paramref name="year"/>; a 29 February birthday is on 1 March in a non-leap year.</summary>
    static DateOnly BirthdayIn(DateOnly born, int year) =>
        born is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year) ? new DateOnly(year, 3, 1) : new DateOnly(year, born.Month, born.Day);

    [Property(MaxTest = 500)]
    public Property YearsOn_never_decreases_as_time_passes() =>
        Prop.ForAll(
            (from born in InterestingBirthDates
             from a in Gen.Choose(0, 365 * 30)
             from step in Gen.Choose(0, 800)
             select (born, first: born.AddDays(a), later: born.AddDays(a + step))).ToArbitrary(),
            t => Age.YearsOn(t.born, t.first) <= Age.YearsOn(t.born, t.later));

    [Property(MaxTest = 500)]
    public Property YearsOn_rises_by_exactly_one_across_each_birthday() =>
        Prop.ForAll(
            (from born in InterestingBirthDates
             from n in Gen.Choose(1, 30)
             select (born, n)).ToArbitrary(),
            t =>
            {
                var birthday = BirthdayIn(t.born, t.born.Year + t.n);
                var before = Age.YearsOn(t.born, birthday.AddDays(-1));
                var on = Age.YearsOn(t.born, birthday);
                return on == t.n && before == t.n - 1;
            });

    [Property(MaxTest = 500)]
    public Property YearsOn_counts_the_birthdays_passed() =>
        Prop.ForAll(
            (from born in InterestingBirthDates
             from days in Gen.Choose(0, 365 * 30)
             select (born, date: born.AddDays(days))).ToArbitrary(),
            t =>
            {
                var passed = Enumerable.Range(t.born.Year + 1, t.date.Year - t.born.Year)
                    .Count(y => BirthdayIn(t.born, y) <= t.date);
                return Age.YearsOn(t.born, t.date) == passed;
            });
}
