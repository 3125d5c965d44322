using Samenspel.Web.Features.Shared;

namespace Samenspel.Web.Tests.Forms;

/// <summary>The one parser behind every date field: the forms Dutch people type, the date picker's value, and
/// what is not a date.</summary>
public sealed class DutchDatesTests
{
    public static TheoryData<string, string, string?> Valid => new()
    {
        // typed, date, time
        { "1-12-2026", "2026-12-01", null },
        { "01-12-2026", "2026-12-01", null },
        { "1/12/2026", "2026-12-01", null },
        { "1.12.2026", "2026-12-01", null },
        { " 1-12-2026 ", "2026-12-01", null },
        { "2026-12-01", "2026-12-01", null },
        { "1 december 2026", "2026-12-01", null },
        { "1 December 2026", "2026-12-01", null },
        { "1 dec 2026", "2026-12-01", null },
        { "1 dec. 2026", "2026-12-01", null },
        { "3 mrt 2027", "2027-03-03", null },
        { "3 maart 2027", "2027-03-03", null },
        { "15 sept 2026", "2026-09-15", null },
        { "29-2-2028", "2028-02-29", null },
        { "1-12-2026 14:30", "2026-12-01", "14:30" },
        { "1-12-2026 9.05", "2026-12-01", "09:05" },
        { "1 december 2026 om 14:30", "2026-12-01", "14:30" },
        { "2026-12-01T14:30", "2026-12-01", "14:30" },
        { "2026-12-01T14:30:15", "2026-12-01", "14:30:15" },
        { "0001-01-01T00:00", "0001-01-01", "00:00" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Reads_the_forms_people_type(string typed, string date, string? time)
    {
        Assert.True(DutchDates.TryParse(typed, out var d, out var t));
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), d);
        Assert.Equal(time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), t);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("gisteren")]
    [InlineData("31-2-2026")]
    [InlineData("29-2-2027")]
    [InlineData("32-1-2026")]
    [InlineData("1-13-2026")]
    [InlineData("0-12-2026")]
    [InlineData("1-12-26")]
    [InlineData("1 ma 2026")]
    [InlineData("1 decembre 2026")]
    [InlineData("1 december")]
    [InlineData("2026-02-30")]
    [InlineData("1-12-2026 24:00")]
    [InlineData("1-12-2026 14:60")]
    [InlineData("1-12-2026 14")]
    [InlineData("1-12-2026abc")]
    public void Refuses_what_is_not_a_date(string? typed) =>
        Assert.False(DutchDates.TryParse(typed, out _, out _));

    [Theory]
    [InlineData("1-12-2026", true)]
    [InlineData("2026-12-01", true)]
    [InlineData("1-12-2026 14:30", false)] // a time where only a date is asked
    [InlineData("0001-01-01", false)] // year 1: an empty DateTime, not a date anyone means
    [InlineData("1-1-20260", false)]
    [InlineData("1-1-1899", false)]
    [InlineData("1-1-1900", true)]
    [InlineData("31-2-2026", false)]
    [InlineData("", false)]
    public void A_date_field_takes_a_date_in_a_sensible_year(string typed, bool taken) =>
        Assert.Equal(taken, DutchDates.TryParseDate(typed, out _));
}
