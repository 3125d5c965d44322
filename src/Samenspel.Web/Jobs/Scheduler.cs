using System.Security.Cryptography;
using System.Text;

namespace Samenspel.Web.Jobs;

/// <summary>
/// Runs the recurring jobs when they are due, each due run exactly once across all app nodes (see README.md).
/// Every <c>Samenspel:Scheduler:PollSeconds</c> (default 30) it calls <see cref="RunDueAsync"/>; tests call that
/// method directly. <c>Samenspel:Scheduler:Enabled</c> (default true) switches the loop off, not the method.
/// </summary>
public sealed class Scheduler(IServiceProvider services, IEnumerable<RecurringJob> jobs, TimeProvider clock,
    IConfiguration config, ILogger<Scheduler> log) : BackgroundService
{
    readonly IReadOnlyDictionary<string, RecurringJob> byName = jobs.ToDictionary(j => j.Name);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("Samenspel:Scheduler:Enabled", true)) return;
        var poll = TimeSpan.FromSeconds(config.GetValue("Samenspel:Scheduler:PollSeconds", 30));
        while (true)
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly away; the next poll tries again.
                log.LogError(e, "Scheduler poll failed");
            }
            try
            {
                await Task.Delay(poll, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Runs every job that is due now and that this node manages to claim.</summary>
    /// <returns>The names of the jobs this node ran.</returns>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
        var now = clock.GetUtcNow();
        await AddMissingAsync(db, now, ct);
        var due = await db.ScheduledJobs.AsNoTracking().Where(j => j.NextRunAt <= now).ToListAsync(ct);
        var ran = new List<string>();
        foreach (var row in due.OrderBy(j => j.Name, StringComparer.Ordinal))
        {
            if (!byName.TryGetValue(row.Name, out var job)) continue; // a job removed from the code keeps its row
            try
            {
                if (await RunIfClaimedAsync(db, row, job, ct)) ran.Add(job.Name);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                log.LogError(e, "Scheduled job {Job} could not be claimed or recorded", job.Name);
            }
        }
        return ran;
    }

    /// <summary>A new job is due at once. Two nodes may both insert it; the unique name lets one win.</summary>
    async Task AddMissingAsync(SamenspelDb db, DateTimeOffset now, CancellationToken ct)
    {
        var known = await db.ScheduledJobs.Select(j => j.Name).ToListAsync(ct);
        foreach (var job in byName.Values.Where(j => !known.Contains(j.Name)))
        {
            db.ScheduledJobs.Add(new ScheduledJob { Name = job.Name, Interval = job.Interval, NextRunAt = now });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another node added it first.
            }
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// On PostgreSQL a session advisory lock on the job's name keeps a job to one node at a time, also when a run
    /// takes longer than its interval. On both providers the claim is a conditional update that advances
    /// NextRunAt only if nobody did so since it was read: exactly one node wins each due run. The claim is
    /// committed before the job runs, so a crash during the run loses that run rather than repeating it.
    /// </summary>
    async Task<bool> RunIfClaimedAsync(SamenspelDb db, ScheduledJob row, RecurringJob job, CancellationToken ct)
    {
        var postgres = db.Database.IsNpgsql();
        var key = LockKey(job.Name);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (postgres && !await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({key}) AS \"Value\"").SingleAsync(ct))
                return false;
            try
            {
                var now = clock.GetUtcNow(); // not the poll's: an earlier job in this poll may have taken a while
                var next = ScheduledJob.NextRunAfter(row.NextRunAt, job.Interval, now);
                var claimed = await db.ScheduledJobs.Where(j => j.Id == row.Id && j.NextRunAt == row.NextRunAt)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.NextRunAt, next).SetProperty(j => j.LastRunAt, now)
                        .SetProperty(j => j.Interval, job.Interval), ct);
                if (claimed != 1) return false;

                var error = await RunAsync(job, ct);
                await db.ScheduledJobs.Where(j => j.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.LastError, error), CancellationToken.None);
                return true;
            }
            finally
            {
                if (postgres) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({key})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <returns>Null when the job succeeded, else a short description of what went wrong.</returns>
    async Task<string?> RunAsync(RecurringJob job, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<AuditScope>().Client = "scheduler";
        var started = clock.GetTimestamp();
        try
        {
            await job.RunAsync(scope.ServiceProvider, ct);
            log.LogInformation("Scheduled job {Job} ran in {Elapsed}", job.Name, clock.GetElapsedTime(started));
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogError(e, "Scheduled job {Job} failed", job.Name);
            var text = $"{e.GetType().Name}: {e.Message}";
            return text.Length <= ScheduledJob.ErrorLength ? text : text[..ScheduledJob.ErrorLength];
        }
    }

    /// <summary>Stable across processes and versions, unlike string.GetHashCode.</summary>
    public static long LockKey(string jobName) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("samenspel-job:" + jobName)));
}
