namespace Samenspel.Domain.Access;

/// <summary>The legal age bands of WGBO and Jeugdwet that decide who speaks for the youth.</summary>
public enum AgeBand
{
    /// <summary>Parents with authority decide.</summary>
    Under12,
    /// <summary>The youth and the parents with authority both count.</summary>
    From12To15,
    /// <summary>The youth decides alone; parents see what the youth allows.</summary>
    From16To17,
    /// <summary>An adult: parents see nothing unless a court appointed them.</summary>
    Adult,
}

public static class Age
{
    static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>An instant as Dutch wall-clock time (for display).</summary>
    public static DateTimeOffset DutchTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Amsterdam);

    /// <summary>The instant (UTC) of a Dutch wall-clock time, such as a date and time typed into a form.</summary>
    public static DateTimeOffset FromDutchTime(DateTime local) =>
        new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Amsterdam.GetUtcOffset(local)).ToUniversalTime();

    /// <summary>The calendar date in the Netherlands at an instant: birthdays turn at Dutch midnight.</summary>
    public static DateOnly DutchDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Amsterdam).DateTime);

    /// <summary>Completed years on <paramref name="date"/>. Someone born on 29 February has their
    /// birthday on 1 March in a year without 29 February (the usual Dutch reading).</summary>
    public static int YearsOn(DateOnly birthDate, DateOnly date)
    {
        var years = date.Year - birthDate.Year;
        var birthdayThisYear = birthDate.Month == 2 && birthDate.Day == 29 && !DateTime.IsLeapYear(date.Year)
            ? new DateOnly(date.Year, 3, 1)
            : new DateOnly(date.Year, birthDate.Month, birthDate.Day);
        return date < birthdayThisYear ? years - 1 : years;
    }

    public static AgeBand BandOn(DateOnly birthDate, DateOnly date) => YearsOn(birthDate, date) switch
    {
        < 12 => AgeBand.Under12,
        < 16 => AgeBand.From12To15,
        < 18 => AgeBand.From16To17,
        _ => AgeBand.Adult,
    };
}
