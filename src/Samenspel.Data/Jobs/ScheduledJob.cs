namespace Samenspel.Web.Jobs;

/// <summary>The schedule of one recurring job. It lives in the database, so that it survives a restart and all app
/// nodes see the same one. What the job does lives in code (<see cref="RecurringJob"/>), found by <see cref="Name"/>.</summary>
public sealed class ScheduledJob
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; init; }
    /// <summary>The interval of the last claim; the job's definition in code is what counts.</summary>
    public TimeSpan Interval { get; init; }
    public DateTimeOffset NextRunAt { get; init; }
    /// <summary>When a node last claimed the job (and so started it).</summary>
    public DateTimeOffset? LastRunAt { get; init; }
    /// <summary>Exception type and message of the last run, or null when it succeeded.</summary>
    public string? LastError { get; init; }

    public const int ErrorLength = 500;

    /// <summary>The first time after <paramref name="now"/> on the job's grid (<paramref name="scheduled"/> plus whole
    /// intervals). Periods that were missed, for example while no node ran, are skipped rather than run one after
    /// another; the time of day of the first run is kept.</summary>
    public static DateTimeOffset NextRunAfter(DateTimeOffset scheduled, TimeSpan interval, DateTimeOffset now)
    {
        if (interval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(interval), "A recurring job needs a positive interval.");
        if (scheduled > now) return scheduled;
        var periods = (now - scheduled).Ticks / interval.Ticks + 1;
        return scheduled + TimeSpan.FromTicks(periods * interval.Ticks);
    }
}

/// <summary>What a job does. <paramref name="RunAsync"/> gets a fresh DI scope of its own, acting as the system.</summary>
public sealed record RecurringJob(string Name, TimeSpan Interval, Func<IServiceProvider, CancellationToken, Task> RunAsync);
