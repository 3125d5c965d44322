namespace Samenspel.Domain;

/// <summary>The Dutch calendar and wall clock (Europe/Amsterdam): dates turn at Dutch midnight, whatever the server's
/// time zone. Every "today" in the product is <see cref="DutchToday"/> on the app's clock.</summary>
public static class DutchCalendar
{
    static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>An instant as Dutch wall-clock time (for display).</summary>
    public static DateTimeOffset TimeAt(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Amsterdam);

    /// <summary>The instant (UTC) of a Dutch wall-clock time, such as a date and time typed into a form.</summary>
    public static DateTimeOffset ToInstant(DateTime local) =>
        new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Amsterdam.GetUtcOffset(local)).ToUniversalTime();

    /// <summary>The calendar date in the Netherlands at an instant: birthdays turn at Dutch midnight.</summary>
    public static DateOnly DateAt(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Amsterdam).DateTime);

    /// <summary>Today's date in the Netherlands on <paramref name="clock"/>.</summary>
    public static DateOnly DutchToday(this TimeProvider clock) => DateAt(clock.GetUtcNow());
}
