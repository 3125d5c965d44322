using System.Net;
using Samenspel.Web.Data;
using Samenspel.Web.Features.Evaluations;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.EvaluationsAndAgreements;

/// <summary>When an evaluation is due and when it is late. The page test moves this fixture's clock, so these tests
/// have a fixture of their own; the query tests pass their own dates and use other youths.</summary>
public abstract class EvaluationScheduleTests(SamenspelFactory factory)
{
    // The demo starts on 22 November 2026: Sam's ambulant help two months earlier (every 3 months), Noor's day
    // programme five months earlier, Daan's residential care eight months earlier, Lotte's foster care three months earlier.
    static readonly DateOnly Day0 = new(2026, 11, 22);

    Task<IReadOnlySet<Guid>> OverdueAsync(IReadOnlyCollection<Guid> ids, DateOnly today) =>
        factory.WithDbAsync(db => EvaluationStatus.OverdueAsync(db, ids, today));

    [Fact]
    public async Task Page_shows_late_only_after_the_rhythm_has_passed_and_an_evaluation_resets_it()
    {
        var samId = await factory.YouthAsync("Sam");
        var url = $"/Evaluations?youthId={samId}";
        var page = await (await Browser.LoginAsync(factory, DemoSeed.Email.Mentor)).PageTextAsync(url);
        Assert.Contains("Volgende evaluatie: uiterlijk 22 december 2026.", page);
        Assert.DoesNotContain("Te laat", page);
        var noorId = await factory.YouthAsync("Noor"); // due on 22 September: late all along
        Assert.Equal((false, true), await OverdueBadgesAsync(DemoSeed.Email.Mentor, "/Caseload", samId, noorId));
        Assert.Equal((false, true), await OverdueBadgesAsync(DemoSeed.Email.TeamLead, "/Team", samId, noorId));

        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 22, 9, 0, 0, TimeSpan.Zero));
        page = await (await Browser.LoginAsync(factory, DemoSeed.Email.Mentor)).PageTextAsync(url);
        Assert.DoesNotContain("Te laat", page);

        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 23, 8, 0, 0, TimeSpan.Zero));
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        page = await mentor.PageTextAsync(url);
        Assert.Contains("Te laat sinds 23 december 2026. De evaluatie moest uiterlijk op 22 december 2026.", page);
        Assert.Equal((true, true), await OverdueBadgesAsync(DemoSeed.Email.Mentor, "/Caseload", samId, noorId));
        Assert.Equal((true, true), await OverdueBadgesAsync(DemoSeed.Email.TeamLead, "/Team", samId, noorId));
        // A parent with authority sees it is late too.
        Assert.Contains("Te laat sinds 23 december 2026", await (await Browser.LoginAsync(factory, DemoSeed.Email.SamsMother)).PageTextAsync(url));

        var saved = await mentor.EvaluateAsync(samId, "2026-12-23", []);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        page = await mentor.PageTextAsync(url);
        Assert.DoesNotContain("Te laat", page);
        Assert.Contains("Volgende evaluatie: uiterlijk 23 maart 2027.", page);
        Assert.Contains("Geen scores op de doelen", page);
        Assert.Equal((false, true), await OverdueBadgesAsync(DemoSeed.Email.Mentor, "/Caseload", samId, noorId));
    }

    /// <summary>Whether the overview marks each youth's evaluation as late.</summary>
    async Task<(bool, bool)> OverdueBadgesAsync(string email, string overview, Guid first, Guid second)
    {
        var html = await (await Browser.LoginAsync(factory, email)).GetPageAsync(overview);
        bool Late(Guid id) => html.Contains($"data-testid=\"evaluation-overdue\" data-youth=\"{id}\">Evaluatie te laat</span>");
        return (Late(first), Late(second));
    }

    [Fact]
    public async Task Overdue_query_answers_for_many_youths_at_once()
    {
        var (noor, lotte, unknown) = (await factory.YouthAsync("Noor"), await factory.YouthAsync("Lotte"), Guid.CreateVersion7());
        Assert.Empty(await OverdueAsync([], Day0));
        // Noor: due on 22 September 2026, long past. Lotte: due today, which is still on time.
        Assert.True((await OverdueAsync([noor, lotte, unknown], Day0)).SetEquals([noor]));
        Assert.True((await OverdueAsync([noor, lotte, unknown, noor], Day0.AddDays(1))).SetEquals([noor, lotte]));
        // Before the start of help nothing is due.
        Assert.Empty(await OverdueAsync([noor, lotte], new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public async Task Overdue_query_follows_the_last_evaluation_and_the_trajectorys_own_rhythm()
    {
        var daan = await factory.YouthAsync("Daan");
        Assert.Contains(daan, await OverdueAsync([daan], Day0));

        await factory.WithDbAsync(async db =>
        {
            var trajectory = db.Trajectories.Single(t => t.YouthId == daan);
            db.Evaluations.Add(new Evaluation { TrajectoryId = trajectory.Id, YouthId = daan, HeldOn = new(2026, 10, 22), RecordedAt = factory.Clock.GetUtcNow() });
            db.Evaluations.Add(new Evaluation { TrajectoryId = trajectory.Id, YouthId = daan, HeldOn = new(2026, 7, 1), RecordedAt = factory.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });
        // Residential care: every 3 months after the last evaluation (22 October), so due on 22 January 2027.
        Assert.Empty(await OverdueAsync([daan], Day0));
        Assert.Empty(await OverdueAsync([daan], new DateOnly(2027, 1, 22)));
        Assert.Contains(daan, await OverdueAsync([daan], new DateOnly(2027, 1, 23)));

        await factory.WithDbAsync(async db =>
        {
            db.Trajectories.Single(t => t.YouthId == daan).EvaluationMonths = 6;
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await OverdueAsync([daan], new DateOnly(2027, 4, 22)));
        Assert.Contains(daan, await OverdueAsync([daan], new DateOnly(2027, 4, 23)));
    }
}

public sealed class EvaluationScheduleTests_Sqlite(SqliteFactory f) : EvaluationScheduleTests(f), IClassFixture<SqliteFactory>;
public sealed class EvaluationScheduleTests_Postgres(PostgresFactory f) : EvaluationScheduleTests(f), IClassFixture<PostgresFactory>;
