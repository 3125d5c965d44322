using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Features.Announcements;
using Samenspel.Web.Features.Events;
using Samenspel.Web.Features.Onboarding;
using Samenspel.Web.Jobs;
using Samenspel.Web.Tests.Infrastructure;
using Samenspel.Web.Tests.IntakeAndOnboarding;

namespace Samenspel.Web.Tests.Jobs;

/// <summary>Each test builds its own nodes, because the tests move the clock and restart the app.</summary>
public sealed class SchedulerTests : IDisposable
{
    static readonly string ReminderJob = Reminders.Job.Name;
    static readonly DateTimeOffset Start = SamenspelFactory.Start;
    /// <summary>The app's jobs that run every few minutes (announcements, event reminders, message mail); the tests of the schedule
    /// itself follow the daily reminder job and the jobs they add.</summary>
    static readonly string[] Frequent = [AnnouncementDelivery.Job.Name, EventDelivery.Job.Name, Samenspel.Web.Features.Messages.MessageMail.Job.Name];
    /// <summary>How long a test waits for the background loop, on the real clock (the app's clock is the fake one).</summary>
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    static IEnumerable<string> Slow(IEnumerable<string> ran) => ran.Except(Frequent);

    readonly SmtpServer smtp = new();
    readonly string folder = Directory.CreateTempSubdirectory("samenspel-jobs-").FullName;
    string SqliteFile => Path.Combine(folder, "samenspel.db");

    public void Dispose() => smtp.Dispose();

    /// <summary>She has just signed in, so her reminder falls due three weeks from the start.</summary>
    static Task SignedInAtStartAsync(SamenspelFactory node, string email) =>
        node.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.LastSignInAt, Start)));

    static List<string> Addresses(IEnumerable<MimeKit.MimeMessage> mails) => mails.Select(m => m.To.Mailboxes.Single().Address).ToList();

    [Fact]
    public async Task Two_postgres_nodes_send_a_due_reminder_exactly_once()
    {
        var database = $"samenspel_test_{Guid.NewGuid():N}";
        await using var first = SchedulerNode.Postgres(database, smtp);
        await using var second = SchedulerNode.Postgres(database, smtp);
        _ = first.Services; // the first node migrates and seeds; then the second starts on the same database
        _ = second.Services;
        await SignedInAtStartAsync(first, DemoSeed.Email.NoorsMother);

        async Task<int> RoundAsync()
        {
            // Two pollers per node as well, so that a race between nodes and within a node both get their chance.
            var ran = await Task.WhenAll(new[] { first, second, second, first }.Select(n => Task.Run(() => n.Scheduler.RunDueAsync())));
            return ran.SelectMany(r => r).Count(name => name == ReminderJob);
        }

        Assert.Equal(1, await RoundAsync()); // a new job is due at once: whoever is due now is reminded, not she
        Assert.Empty(smtp.To(DemoSeed.Email.NoorsMother));
        Assert.Equal(0, await RoundAsync());
        var before = smtp.Messages().Count;

        foreach (var node in new[] { first, second }) node.Clock.Advance(TimeSpan.FromDays(21) + TimeSpan.FromHours(1));
        var runs = 0;
        for (var round = 0; round < 5; round++) runs += await RoundAsync();

        Assert.Equal(1, runs);
        var mail = Assert.Single(smtp.To(DemoSeed.Email.NoorsMother));
        Assert.Contains("Herinnering", mail.Subject);
        var sentNow = Addresses(smtp.Messages().Skip(before));
        Assert.Equal(sentNow.Distinct().Count(), sentNow.Count);
        var job = await second.JobAsync(ReminderJob);
        Assert.Equal(Start.AddDays(22), job.NextRunAt); // missed days skipped, time of day kept
        Assert.Equal(Start.AddDays(21).AddHours(1), job.LastRunAt);
        Assert.Null(job.LastError);
    }

    [Fact]
    public async Task Schedule_survives_a_restart()
    {
        await using (var before = SchedulerNode.Sqlite(SqliteFile))
        {
            Assert.Equal(new[] { ReminderJob }, Slow(await before.Scheduler.RunDueAsync()));
            Assert.Empty(Slow(await before.Scheduler.RunDueAsync()));
        }

        await using var after = SchedulerNode.Sqlite(SqliteFile);
        after.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Empty(Slow(await after.Scheduler.RunDueAsync()));
        Assert.Equal(Start.AddDays(1), (await after.JobAsync(ReminderJob)).NextRunAt);

        after.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(new[] { ReminderJob }, Slow(await after.Scheduler.RunDueAsync()));
        var job = await after.JobAsync(ReminderJob);
        Assert.Equal(Start.AddHours(25), job.LastRunAt);
        Assert.Equal(Start.AddDays(2), job.NextRunAt);
    }

    [Fact]
    public async Task Failing_job_records_its_error_and_does_not_stop_the_others()
    {
        var failing = true;
        var counted = 0;
        await using var node = SchedulerNode.Sqlite(SqliteFile, extraJobs:
        [
            new RecurringJob("a-failing-job", TimeSpan.FromHours(1), (_, _) =>
                failing ? throw new InvalidOperationException("the mail server is on fire") : Task.CompletedTask),
            new RecurringJob("b-counting-job", TimeSpan.FromHours(1), (_, _) =>
            {
                counted++;
                return Task.CompletedTask;
            }),
        ]);

        Assert.Equal(new[] { "a-failing-job", "b-counting-job", ReminderJob }, Slow(await node.Scheduler.RunDueAsync()));
        Assert.Equal(1, counted);
        var failed = await node.JobAsync("a-failing-job");
        Assert.Equal("InvalidOperationException: the mail server is on fire", failed.LastError);
        Assert.Equal(Start.AddHours(1), failed.NextRunAt); // not retried at once: a missed run beats a repeated one
        Assert.Null((await node.JobAsync("b-counting-job")).LastError);
        Assert.Empty(Slow(await node.Scheduler.RunDueAsync()));

        failing = false;
        node.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(new[] { "a-failing-job", "b-counting-job" }, Slow(await node.Scheduler.RunDueAsync()));
        Assert.Null((await node.JobAsync("a-failing-job")).LastError);
        Assert.Equal(2, counted);
    }

    [Fact]
    public async Task Sqlite_node_sends_a_due_reminder_once_when_polled_concurrently()
    {
        await using var node = SchedulerNode.Sqlite(SqliteFile, smtp);
        await SignedInAtStartAsync(node, DemoSeed.Email.NoorsMother);
        await node.Scheduler.RunDueAsync();
        var before = smtp.Messages().Count;

        node.Clock.Advance(TimeSpan.FromDays(21) + TimeSpan.FromMinutes(1));
        // On threads of their own: Microsoft.Data.Sqlite completes its async calls synchronously.
        var ran = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => node.Scheduler.RunDueAsync())));

        Assert.Single(ran.SelectMany(r => r), ReminderJob);
        Assert.Single(smtp.To(DemoSeed.Email.NoorsMother));
        var sentNow = Addresses(smtp.Messages().Skip(before));
        Assert.Equal(sentNow.Distinct().Count(), sentNow.Count);
        var mother = (await node.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == DemoSeed.Email.NoorsMother))).Id.ToString();
        Assert.Equal(1, await node.WithDbAsync(db => db.AuditEvents.CountAsync(e =>
            e.EventType == Reminders.EventType && e.Client == "scheduler" && e.UserId == null && e.ObjectId == mother)));
    }

    [Fact]
    public async Task Scheduler_loop_runs_due_jobs_on_its_own()
    {
        await using var node = SchedulerNode.Sqlite(SqliteFile, loop: true);
        _ = node.Services;
        await EventuallyAsync(async () => (await node.JobAsync(ReminderJob)).LastRunAt == Start);

        // The loop waits on the injected clock: moving it a day on makes the loop run the job again.
        await EventuallyAsync(async () =>
        {
            node.Clock.Advance(TimeSpan.FromMinutes(1));
            return (await node.JobAsync(ReminderJob)).LastRunAt >= Start.AddDays(1);
        }, () => node.Clock.Advance(TimeSpan.FromDays(1)));
    }

    static async Task EventuallyAsync(Func<Task<bool>> condition, Action? first = null)
    {
        first?.Invoke();
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await condition()) return;
            }
            catch (InvalidOperationException) when (waited.Elapsed < Patience)
            {
                // The row is not there yet.
            }
            Assert.True(waited.Elapsed < Patience, "the scheduler loop did not run the job in time");
            await Task.Delay(100);
        }
    }
}
