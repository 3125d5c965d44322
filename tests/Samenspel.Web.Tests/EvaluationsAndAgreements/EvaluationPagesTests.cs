using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.EvaluationsAndAgreements;

/// <summary>Recording evaluations with GAS levels, the T-score they show, and the rhythm. The clock stands still here.</summary>
public abstract class EvaluationPagesTests(SamenspelFactory factory)
{
    [Fact]
    public async Task All_goals_at_the_expected_level_give_a_T_score_of_50()
    {
        var lotteId = await factory.YouthAsync("Lotte");
        var goals = await factory.PlanAsync(lotteId, 1, 2, 1);
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor);

        var form = await mentor.PageTextAsync($"/Evaluations/New?youthId={lotteId}");
        Assert.Contains("Doel 2 van versie 1", form);
        Assert.Contains("+2: veel meer dan verwacht", form);

        var response = await mentor.EvaluateAsync(lotteId, TestData.Iso(factory.Today()), goals.Select(g => (g, "0")), planChanges: "Geen.");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Evaluations?youthId={lotteId}", response.Headers.Location?.OriginalString);

        var index = await mentor.PageTextAsync($"/Evaluations?youthId={lotteId}");
        Assert.Contains("T-score: 50,0", index);
        Assert.Contains("We hebben goed samengewerkt.", index);
        Assert.Contains("Het huiswerk bleef liggen.", index);
        var evaluationId = await factory.WithDbAsync(db => db.Evaluations.Where(e => e.YouthId == lotteId).Select(e => e.Id).SingleAsync());
        var scorings = await factory.WithDbAsync(db => db.GoalScorings.Where(s => s.EvaluationId == evaluationId).ToListAsync());
        Assert.Equal(3, scorings.Count);
        Assert.All(scorings, s => Assert.Equal((ScoringMoment.Evaluation, 0), (s.Moment, s.Level)));
        Assert.Equal(goals.Order(), scorings.Select(s => s.GoalLineageId).Order());
    }

    [Fact]
    public async Task T_score_weighs_goals_as_the_latest_plan_version_does()
    {
        var noorId = await factory.YouthAsync("Noor");
        var goals = await factory.PlanAsync(noorId, 1, 1);
        await factory.NextPlanVersionAsync(noorId, 3, 1);
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);

        var response = await mentor.EvaluateAsync(noorId, TestData.Iso(factory.Today().AddDays(-2)), [(goals[0], "2"), (goals[1], "-1")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        // By hand, ρ = 0.3, weights 3 and 1, levels +2 and -1:
        // Σwx = 3·2 + 1·(-1) = 5; Σw² = 10; Σw = 4; T = 50 + 10·5 / √(0.7·10 + 0.3·16) = 50 + 50 / √11.8 = 64.555…
        // With the first version's weights (1 and 1) it would be 50 + 10·1 / √2.6 = 56.2.
        var index = await mentor.PageTextAsync($"/Evaluations?youthId={noorId}");
        Assert.Contains("T-score: 64,6", index);
        Assert.DoesNotContain("T-score: 56,2", index);
        Assert.Contains("Doel 1 van versie 1: +2", index);
        Assert.Contains("Doel 2 van versie 1: -1", index);

        // The youth and a parent with authority read it too; a parent cannot record one.
        Assert.Contains("T-score: 64,6", await (await Browser.LoginAsync(factory, DemoSeed.Email.Noor)).PageTextAsync($"/Evaluations?youthId={noorId}"));
        var mother = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother);
        var motherView = await mother.PageTextAsync($"/Evaluations?youthId={noorId}");
        Assert.Contains("T-score: 64,6", motherView);
        Assert.DoesNotContain("Evaluatie vastleggen", motherView);
        Assert.Equal(HttpStatusCode.Forbidden, (await mother.GetAsync($"/Evaluations/New?youthId={noorId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mother.GetAsync($"/Evaluations/Rhythm?youthId={noorId}")).StatusCode);
    }

    [Theory]
    [InlineData(true, "0", "Het ging goed", "Deze datum ligt in de toekomst.")]
    [InlineData(false, "3", "Het ging goed", "Kies een niveau van -2 tot en met +2.")]
    [InlineData(false, "", "Het ging goed", "Kies een niveau voor dit doel.")]
    [InlineData(false, "hoog", "Het ging goed", "Kies een niveau van -2 tot en met +2.")]
    [InlineData(false, "1", "", "Schrijf op wat goed ging.")]
    public async Task Bad_evaluation_input_gets_a_Dutch_message_and_keeps_what_was_typed(bool future, string level, string wentWell, string message)
    {
        var daanId = await new TrajectoryBuilder(factory, "Daan").BuildAsync();
        var goal = (await factory.PlanAsync(daanId, 1))[0];
        var before = await factory.WithDbAsync(db => db.Evaluations.CountAsync());
        var heldOn = TestData.Iso(future ? factory.Today().AddDays(3) : factory.Today());
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);

        var response = await mentor.EvaluateAsync(daanId, heldOn, [(goal, level)], wentWell, "Daan sliep slecht.", "Meer rust in de avond.");
        var page = await response.TextAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page);
        Assert.Contains("utrecht-form-field--invalid", page);
        Assert.Contains($"value=\"{heldOn}\"", page);
        Assert.Contains("Daan sliep slecht.", page);
        Assert.Contains("Meer rust in de avond.", page);
        if (wentWell.Length > 0) Assert.Contains(wentWell, page);
        Assert.DoesNotContain("The value", page);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Evaluations.CountAsync()));
    }

    [Fact]
    public async Task Rhythm_can_be_set_per_trajectory_and_back_to_the_default()
    {
        var samId = await factory.YouthAsync("Sam");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var url = $"/Evaluations/Rhythm?youthId={samId}";
        var index = await mentor.PageTextAsync($"/Evaluations?youthId={samId}");
        Assert.Contains("We evalueren het plan elke 3 maanden. Dat is de standaard voor ambulante hulp.", index);

        var tooLong = await mentor.PostFormAsync(url, new() { ["Input.Months"] = "25" });
        Assert.Contains("Kies een ritme van 1 tot en met 24 maanden.", await tooLong.TextAsync());

        // Sam's help started two months ago; evaluating every month makes the first one late.
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.PostFormAsync(url, new() { ["Input.Months"] = "1" })).StatusCode);
        index = await mentor.PageTextAsync($"/Evaluations?youthId={samId}");
        Assert.Contains("We evalueren het plan elke maand. Dat is voor dit traject zo afgesproken.", index);
        Assert.Contains("Te laat sinds 23 oktober 2026", index);

        Assert.Equal(HttpStatusCode.Redirect, (await mentor.PostFormAsync(url, new() { ["Input.Months"] = "" })).StatusCode);
        index = await mentor.PageTextAsync($"/Evaluations?youthId={samId}");
        Assert.Contains("elke 3 maanden. Dat is de standaard", index);
        Assert.Contains("Volgende evaluatie: uiterlijk 22 december 2026.", index);
        Assert.Null(await factory.WithDbAsync(db => db.Trajectories.Where(t => t.YouthId == samId).Select(t => t.EvaluationMonths).SingleAsync()));
    }
}

public sealed class EvaluationPagesTests_Sqlite(SqliteFactory f) : EvaluationPagesTests(f), IClassFixture<SqliteFactory>;
public sealed class EvaluationPagesTests_Postgres(PostgresFactory f) : EvaluationPagesTests(f), IClassFixture<PostgresFactory>;
