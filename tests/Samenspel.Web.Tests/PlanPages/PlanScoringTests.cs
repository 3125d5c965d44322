using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;
using static Samenspel.Web.Tests.PlanPages.PlanPageSteps;

namespace Samenspel.Web.Tests.PlanPages;

/// <summary>GAS scores on the plan, the T-score, ticking off steps, and what the forms say about wrong input.</summary>
public abstract class PlanScoringTests(SamenspelFactory factory)
{
    DateOnly Today => factory.Clock.DutchToday();

    static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    async Task<HttpResponseMessage> ScoreAsync(Browser staff, Guid youthId, string moment, string date, params string[] levels)
    {
        var lineages = await LineagesAsync(factory, youthId);
        var fields = new Dictionary<string, string> { ["Input.Moment"] = moment, ["Input.ScoredOn"] = date };
        for (var i = 0; i < levels.Length; i++)
        {
            fields[$"Input.Levels[{i}].LineageId"] = lineages[i].ToString();
            fields[$"Input.Levels[{i}].Level"] = levels[i];
        }
        return await staff.PostFormAsync($"/Plan/Score?youthId={youthId}", fields);
    }

    static List<string> TScores(string page) =>
        page.Split("data-testid=\"t-score\">").Skip(1).Select(s => s[..s.IndexOf('<')]).ToList();

    [Fact]
    public async Task All_goals_at_the_expected_level_give_a_T_score_of_50()
    {
        var daanId = await new TrajectoryBuilder(factory, "Daan").BuildAsync();
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        await AddGoalAsync(mentor, daanId, "Ik solliciteer bij drie winkels");
        await AddGoalAsync(mentor, daanId, "Ik kook twee keer per week");
        var saved = await ScoreAsync(mentor, daanId, "Start", Iso(Today), "0", "0");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Plan?youthId={daanId}", saved.Headers.Location?.OriginalString);

        var page = await PageAsync(await Browser.LoginAsync(factory, DemoSeed.Email.Daan), $"/Plan?youthId={daanId}");
        Assert.Equal(["50"], TScores(page));
        Assert.Contains("Scores van dit doel", page);
        Assert.Matches("<td [^>]*class=\"utrecht-table__cell\">Start</td>", page);

        // Scoring the same moment on the same day again replaces it.
        await ScoreAsync(mentor, daanId, "Start", Iso(Today), "0", "0");
        Assert.Equal(2, await factory.WithDbAsync(db => db.GoalScorings.CountAsync(s => s.YouthId == daanId && s.ScoredOn == Today)));
    }

    [Fact]
    public async Task Unequal_weights_give_the_hand_computed_T_score_per_day()
    {
        var samId = await new TrajectoryBuilder(factory, "Sam").BuildAsync();
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        await AddGoalAsync(mentor, samId, "Ik speel met andere kinderen", weight: 2);
        await AddGoalAsync(mentor, samId, "Ik ga op tijd naar bed", weight: 1);
        await ScoreAsync(mentor, samId, "Start", Iso(Today.AddDays(-1)), "-1", "-1");
        await ScoreAsync(mentor, samId, "End", Iso(Today), "2", "0");

        // Weights 2 and 1: the denominator is √(0.7·(4+1) + 0.3·(2+1)²) = √6.2 ≈ 2.48998.
        // Start: 50 + 10·(2·-1 + 1·-1)/2.48998 = 37.95 → 38. End: 50 + 10·(2·2 + 1·0)/2.48998 = 66.06 → 66,1.
        var page = await PageAsync(mentor, $"/Plan?youthId={samId}");
        Assert.Equal(["38", "66,1"], TScores(page));
        Assert.Contains("Einde", page);
        Assert.Contains("+2: veel meer dan verwacht", page);
    }

    [Theory]
    [InlineData("Input.YouthWording", "", "Schrijf het doel in de woorden van de jongere.")]
    [InlineData("Input.Level0", "", "Beschrijf wat je bij dit niveau ziet.")]
    [InlineData("Input.Owner", " ", "Vul in wie aan dit doel werkt.")]
    [InlineData("Input.Weight", "0", "Kies een gewicht van 1 tot en met 10.")]
    [InlineData("Input.Weight", "1,5", "Vul een heel getal in, bijvoorbeeld 1 of 2.")]
    public async Task Invalid_goal_shows_a_Dutch_message_next_to_the_field_and_keeps_what_was_typed(string field, string value, string message)
    {
        var noorId = await factory.WithDbAsync(db => db.Youths.Where(y => y.GivenName == "Noor").Select(y => y.Id).SingleAsync());
        var before = await factory.WithDbAsync(db => db.Goals.CountAsync());
        var fields = GoalFields("Ik ga elke dag naar school", steps: "Wekker zetten");
        fields[field] = value;
        var response = await (await Browser.LoginAsync(factory, DemoSeed.Email.Mentor)).PostFormAsync($"/Plan/Goal?youthId={noorId}", fields);
        var page = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"utrecht-form-field-error-message\" id=\"{field.Replace('.', '_')}-error\">{message}", page);
        if (field != "Input.YouthWording") Assert.Contains(">Ik ga elke dag naar school</textarea>", page);
        Assert.Contains(">Wekker zetten</textarea>", page);
        if (field != "Input.Owner") Assert.Contains("value=\"Noor en haar mentor\"", page);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Goals.CountAsync()));
    }

    [Fact]
    public async Task Invalid_scores_show_Dutch_messages_and_store_nothing()
    {
        var daanId = await new TrajectoryBuilder(factory, "Daan").BuildAsync();
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        await AddGoalAsync(mentor, daanId, "Ik kom op tijd op mijn werk");

        var level3 = await BodyAsync(await ScoreAsync(mentor, daanId, "Start", Iso(Today), "3"));
        Assert.Contains("Kies een niveau van -2 tot en met +2.", level3);
        var future = Iso(Today.AddDays(1));
        var inFuture = await BodyAsync(await ScoreAsync(mentor, daanId, "End", future, "1"));
        Assert.Contains("Deze datum ligt in de toekomst.", inFuture);
        Assert.Contains($"value=\"{future}\"", inFuture);
        Assert.Contains("<option value=\"1\" selected>", inFuture);
        var evaluation = await BodyAsync(await ScoreAsync(mentor, daanId, "Evaluation", Iso(Today), "1"));
        Assert.Contains("Een evaluatie legt u vast bij de evaluaties.", evaluation);
        var lineages = await LineagesAsync(factory, daanId);
        Assert.Equal(0, await factory.WithDbAsync(db => db.GoalScorings.CountAsync(s => lineages.Contains(s.GoalLineageId))));
    }

    [Fact]
    public async Task Staff_tick_off_steps_without_making_a_new_version_and_others_cannot()
    {
        var noorId = await new TrajectoryBuilder(factory, "Noor").BuildAsync();
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        await AddGoalAsync(mentor, noorId, "Ik ga elke dag naar school");
        await AnswerAsync(await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother), noorId, true);
        var goalId = Assert.Single(await GoalIdsAsync(factory, noorId));
        var stepId = await factory.WithDbAsync(db => db.GoalSteps.Where(s => s.GoalId == goalId && s.Text == "Wekker zetten").Select(s => s.Id).SingleAsync());
        var url = $"/Plan?youthId={noorId}&stepId={stepId}&handler=Step";

        var noor = await Browser.LoginAsync(factory, DemoSeed.Email.Noor);
        Assert.Equal(HttpStatusCode.Forbidden, (await noor.PostFormAsync(url, [], formPage: $"/Plan?youthId={noorId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.PostFormAsync(url, [], formPage: $"/Plan?youthId={noorId}")).StatusCode);

        Assert.Equal([1], await VersionsAsync(factory, noorId));
        Assert.Contains($"Gedaan op {Today(factory)}", await PageAsync(noor, $"/Plan?youthId={noorId}"));
        Assert.Equal(Today, await factory.WithDbAsync(db => db.GoalSteps.Where(s => s.Id == stepId).Select(s => s.DoneOn).SingleAsync()));
    }
}

public sealed class PlanScoringTests_Sqlite(SqliteFactory f) : PlanScoringTests(f), IClassFixture<SqliteFactory>;
public sealed class PlanScoringTests_Postgres(PostgresFactory f) : PlanScoringTests(f), IClassFixture<PostgresFactory>;
