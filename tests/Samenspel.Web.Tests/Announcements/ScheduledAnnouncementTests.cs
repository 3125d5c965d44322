using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Features.Announcements;
using Samenspel.Web.Tests.EvaluationsAndAgreements;
using Samenspel.Web.Tests.Infrastructure;
using Samenspel.Web.Tests.Jobs;
using static Samenspel.Web.Tests.Announcements.AnnouncementTestData;

namespace Samenspel.Web.Tests.Announcements;

/// <summary>An announcement for a later date is published by the scheduler when the clock passes 08:00 that day:
/// once, by one of two app nodes on one PostgreSQL database, and also after a restart on SQLite.</summary>
public sealed class ScheduledAnnouncementTests : IDisposable
{
    readonly SmtpServer smtp = new();
    readonly string folder = Directory.CreateTempSubdirectory("samenspel-announce-").FullName;

    public void Dispose() => smtp.Dispose();

    static async Task<Guid> ScheduleTomorrowAsync(SamenspelFactory node, string title)
    {
        var north = await node.TeamAsync("Team Noord");
        var mentor = await Browser.LoginAsync(node, DemoSeed.Email.Mentor);
        var response = await mentor.AnnounceAsync(north.ToString(), "Carers", title, node.InDays(1));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await mentor.PageTextAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Het gaat weg op", page);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split("id=")[1].Split('&')[0]);
    }

    [Fact]
    public async Task Two_postgres_nodes_publish_a_scheduled_announcement_exactly_once_when_the_clock_passes_it()
    {
        var database = $"samenspel_test_{Guid.NewGuid():N}";
        await using var first = SchedulerNode.Postgres(database, smtp);
        await using var second = SchedulerNode.Postgres(database, smtp);
        _ = first.Services;
        _ = second.Services;
        var id = await ScheduleTomorrowAsync(first, "Sinterklaas in Noord");

        async Task<int> RoundAsync()
        {
            var ran = await Task.WhenAll(new[] { first, second, second, first }.Select(n => Task.Run(() => n.Scheduler.RunDueAsync())));
            return ran.SelectMany(r => r).Count(name => name == AnnouncementDelivery.Job.Name);
        }

        await RoundAsync();
        Assert.Empty(smtp.With("Sinterklaas in Noord"));
        Assert.Null(await first.WithDbAsync(db => db.Announcements.Where(a => a.Id == id).Select(a => a.PublishedAt).SingleAsync()));

        // 08:00 Dutch time tomorrow is 07:00 UTC; the test day starts at 09:00 UTC.
        foreach (var node in new[] { first, second }) node.Clock.Advance(TimeSpan.FromHours(21) + TimeSpan.FromMinutes(55));
        for (var round = 0; round < 3; round++) await RoundAsync();
        Assert.Empty(smtp.With("Sinterklaas in Noord"));

        foreach (var node in new[] { first, second }) node.Clock.Advance(TimeSpan.FromMinutes(10));
        for (var round = 0; round < 5; round++)
        {
            await RoundAsync();
            foreach (var node in new[] { first, second }) node.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var mails = smtp.With("Sinterklaas in Noord");
        Assert.Equal(NorthCarers.Order(), mails.Select(m => m.Address()).Order());
        Assert.Equal(NorthCarers.Length, await first.WithDbAsync(db => db.AnnouncementRecipients.CountAsync(r => r.AnnouncementId == id)));
        Assert.Contains("Sinterklaas in Noord", await (await Browser.LoginAsync(second, NorthCarers[0])).PageTextAsync("/Family"));
    }

    [Fact]
    public async Task A_scheduled_announcement_survives_a_restart()
    {
        var file = Path.Combine(folder, "samenspel.db");
        await using (var before = SchedulerNode.Sqlite(file, smtp))
        {
            await ScheduleTomorrowAsync(before, "Na de herstart");
            await before.Scheduler.RunDueAsync();
        }
        Assert.Empty(smtp.With("Na de herstart"));

        await using var after = SchedulerNode.Sqlite(file, smtp);
        after.Clock.Advance(TimeSpan.FromDays(1));
        await after.Scheduler.RunDueAsync();
        await after.Scheduler.RunDueAsync();
        Assert.Equal(NorthCarers.Order(), smtp.With("Na de herstart").Select(m => m.Address()).Order());
    }
}
