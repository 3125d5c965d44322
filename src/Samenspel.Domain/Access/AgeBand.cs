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
