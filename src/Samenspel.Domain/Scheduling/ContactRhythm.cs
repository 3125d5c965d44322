namespace Samenspel.Domain.Scheduling;

public enum ContactState
{
    OnTime,
    /// <summary>The deadline is close: within <see cref="ContactRhythm.DueWithinDays"/> days, or today.</summary>
    Due,
    /// <summary>The deadline has passed without a reached contact.</summary>
    Overdue,
}

/// <summary>
/// How often the team and one carer are in touch, from the carer's contact agreement: every N days. Only a reached
/// contact keeps the rhythm; a missed call or an unanswered message is an attempt, which is shown but does not count,
/// because the point of the agreement is that the carer and the team actually speak (seed 000: contact that depended
/// on one phone quietly stopped).
/// </summary>
public readonly record struct ContactRhythm(int EveryDays)
{
    /// <summary>A contact is due from this many days before its deadline.</summary>
    public const int DueWithinDays = 2;

    public static ContactRhythm Every(int days) =>
        days is >= 1 and <= 90 ? new(days) : throw new ArgumentOutOfRangeException(nameof(days), "Between 1 and 90 days.");

    /// <summary>The last day on time for the next reached contact: <see cref="EveryDays"/> after the last reached
    /// contact, or after <paramref name="since"/> (the start of help) when there was none since then.</summary>
    public DateOnly Deadline(DateOnly since, DateOnly? lastReached) =>
        (lastReached is { } last && last > since ? last : since).AddDays(EveryDays);

    /// <summary>Overdue from the day after the deadline, so exactly when more than <see cref="EveryDays"/> days have
    /// passed. Due in the last days before it; the window is shorter for short rhythms, so that a contact reached
    /// today is always on time.</summary>
    public ContactState StateOn(DateOnly since, DateOnly? lastReached, DateOnly today)
    {
        var deadline = Deadline(since, lastReached);
        if (today > deadline) return ContactState.Overdue;
        return today >= deadline.AddDays(-Math.Min(DueWithinDays, EveryDays - 1)) ? ContactState.Due : ContactState.OnTime;
    }
}
