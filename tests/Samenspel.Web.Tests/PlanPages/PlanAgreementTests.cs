using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;
using static Samenspel.Web.Tests.PlanPages.PlanPageSteps;

namespace Samenspel.Web.Tests.PlanPages;

/// <summary>The shared plan as the youth, the parents and the mentor meet it: goals in the youth's words, agreement
/// and objection with the date, and a new version after a change.</summary>
public abstract class PlanAgreementTests(SamenspelFactory factory)
{
    [Fact]
    public async Task Mentor_starts_a_plan_with_a_goal_and_Noor_reads_it_in_her_own_words()
    {
        var noorId = await new TrajectoryBuilder(factory, "Noor").BuildAsync();
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var empty = await PageAsync(mentor, $"/Plan?youthId={noorId}");
        Assert.Contains("Er is nog geen plan.", empty);
        var started = await mentor.PostFormAsync($"/Plan?youthId={noorId}&handler=Start", [], formPage: $"/Plan?youthId={noorId}");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal([1], await VersionsAsync(factory, noorId));
        await AddGoalAsync(mentor, noorId, "Ik ga elke dag naar school");

        var noor = await Browser.LoginAsync(factory, DemoSeed.Email.Noor);
        var page = await PageAsync(noor, $"/Plan?youthId={noorId}");
        Assert.Contains("Ik ga elke dag naar school</h2>", page);
        Assert.Contains("In de taal van de hulpverlening: Schoolverzuim terugdringen", page);
        Assert.Contains("Wie werkt eraan: Noor en haar mentor", page);
        Assert.Contains("Wekker zetten", page);
        Assert.Contains("0: wat we verwachten", page);
        Assert.Contains("Elke dag en op tijd", page);
        Assert.Contains("Ga je akkoord met dit plan?", page);
        Assert.DoesNotContain("Doel toevoegen", page);
        Assert.DoesNotContain("Afvinken", page);
        Assert.Contains("Nog niet gereageerd", AgreementOf(page, "Noor Peters"));

        var mentorPage = await PageAsync(mentor, $"/Plan?youthId={noorId}");
        Assert.Contains("Doel toevoegen", mentorPage);
        Assert.Contains("Doel wijzigen", mentorPage);
        Assert.Contains("Scores invullen", mentorPage);
        Assert.DoesNotContain("data-testid=\"answer-form\"", mentorPage);
        Assert.Equal(HttpStatusCode.Forbidden, (await AnswerAsync(mentor, noorId, true)).StatusCode);
    }

    [Fact]
    public async Task Mother_agrees_and_father_objects_with_a_comment_both_with_the_date()
    {
        var noorId = await new TrajectoryBuilder(factory, "Noor").BuildAsync();
        await AddGoalAsync(await Browser.LoginAsync(factory, DemoSeed.Email.Mentor), noorId, "Ik ga elke dag naar school");
        var mother = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother);
        Assert.Contains("Gaat u akkoord met dit plan?", await PageAsync(mother, $"/Plan?youthId={noorId}"));
        // A double click records the first answer once.
        await DoubleAnswerAsync(mother, noorId, true, false);
        var father = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsFather);
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(father, noorId, false, "Te weinig over huiswerk")).StatusCode);

        var page = await PageAsync(mother, $"/Plan?youthId={noorId}");
        Assert.Contains($"Akkoord op {Today(factory)}", AgreementOf(page, "Ingrid Peters"));
        var fathers = AgreementOf(page, "Mark Peters");
        Assert.Contains($"Niet akkoord op {Today(factory)}", fathers);
        // The father's comment is his and the team's (separated parents): the mother sees that he objects, not why.
        Assert.DoesNotContain("Te weinig over huiswerk", fathers);
        Assert.Contains("Toelichting: Te weinig over huiswerk", AgreementOf(await PageAsync(father, $"/Plan?youthId={noorId}"), "Mark Peters"));
        Assert.Contains("Toelichting: Te weinig over huiswerk", AgreementOf(await PageAsync(await Browser.LoginAsync(factory, DemoSeed.Email.Mentor), $"/Plan?youthId={noorId}"), "Mark Peters"));
        Assert.Contains("Nog niet gereageerd", AgreementOf(page, "Noor Peters"));
        Assert.DoesNotContain("data-testid=\"answer-form\"", page);
        var planId = await CurrentPlanIdAsync(factory, noorId);
        Assert.Equal(2, await factory.WithDbAsync(db => db.PlanAgreements.CountAsync(a => a.PlanId == planId)));
    }

    [Fact]
    public async Task A_change_after_agreement_makes_version_2_and_version_1_stays_readable_with_its_agreements()
    {
        var noorId = await new TrajectoryBuilder(factory, "Noor").BuildAsync();
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        await AddGoalAsync(mentor, noorId, "Ik ga elke dag naar school");
        var mother = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother);
        await AnswerAsync(mother, noorId, true);
        var goalId = Assert.Single(await GoalIdsAsync(factory, noorId));

        // Saving the form unchanged is no change, so no new version.
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.PostFormAsync($"/Plan/Goal?youthId={noorId}&goalId={goalId}", GoalFields("Ik ga elke dag naar school"))).StatusCode);
        Assert.Equal([1], await VersionsAsync(factory, noorId));

        var changed = await mentor.PostFormAsync($"/Plan/Goal?youthId={noorId}&goalId={goalId}", GoalFields("Ik ga vier dagen per week naar school"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal([1, 2], await VersionsAsync(factory, noorId));

        var current = await PageAsync(mother, $"/Plan?youthId={noorId}");
        Assert.Contains("Versie 2", current);
        Assert.Contains("Ik ga vier dagen per week naar school", current);
        Assert.DoesNotContain("Ik ga elke dag naar school", current);
        Assert.Contains("Nog niet gereageerd", AgreementOf(current, "Ingrid Peters"));
        Assert.Contains("Gaat u akkoord met dit plan?", current);
        Assert.Contains($"/Plan/Version?youthId={noorId}&version=1", current);

        var old = await PageAsync(mother, $"/Plan/Version?youthId={noorId}&version=1");
        Assert.Contains("Ik ga elke dag naar school", old);
        Assert.Contains("Dit is een oude versie.", old);
        Assert.Contains($"Akkoord op {Today(factory)}", AgreementOf(old, "Ingrid Peters"));
        Assert.DoesNotContain("Afvinken", await PageAsync(mentor, $"/Plan/Version?youthId={noorId}&version=1"));

        // Version 2 has no answers yet, so a further change stays in version 2.
        var goal2 = Assert.Single(await GoalIdsAsync(factory, noorId));
        await mentor.PostFormAsync($"/Plan/Goal?youthId={noorId}&goalId={goal2}", GoalFields("Ik ga vier dagen per week naar school", weight: 2));
        await mentor.PostFormAsync($"/Plan/Describe?youthId={noorId}", new() { ["Input.Considerations"] = "Eerst school, daarna sport.", ["Input.YouthView"] = "Ik wil eerst school." });
        Assert.Equal([1, 2], await VersionsAsync(factory, noorId));
        var described = await PageAsync(mother, $"/Plan?youthId={noorId}");
        Assert.Contains("Eerst school, daarna sport.", described);
        Assert.Contains("Ik wil eerst school.", described);
        Assert.DoesNotContain("Eerst school", await PageAsync(mother, $"/Plan/Version?youthId={noorId}&version=1"));
    }

    [Fact]
    public async Task Parent_without_authority_is_refused_and_unrelated_people_get_404()
    {
        var lotteId = await new TrajectoryBuilder(factory, "Lotte").BuildAsync();
        await AddGoalAsync(await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor), lotteId, "Ik fiets zelf naar school");
        var father = await Browser.LoginAsync(factory, DemoSeed.Email.LottesFather);
        var refused = await father.GetAsync($"/Plan?youthId={lotteId}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("fiets", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await father.GetAsync($"/Plan/Version?youthId={lotteId}&version=1")).StatusCode);

        foreach (var stranger in new[] { DemoSeed.Email.NoorsMother, DemoSeed.Email.Noor })
        {
            var response = await (await Browser.LoginAsync(factory, stranger)).GetAsync($"/Plan?youthId={lotteId}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("fiets", await response.Content.ReadAsStringAsync());
        }
        var mother = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother);
        var noorId = await factory.WithDbAsync(db => db.Youths.Where(y => y.GivenName == "Noor").Select(y => y.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await mother.GetAsync($"/Plan/Goal?youthId={noorId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mother.GetAsync($"/Plan/Score?youthId={noorId}")).StatusCode);
    }
}

public sealed class PlanAgreementTests_Sqlite(SqliteFactory f) : PlanAgreementTests(f), IClassFixture<SqliteFactory>;
public sealed class PlanAgreementTests_Postgres(PostgresFactory f) : PlanAgreementTests(f), IClassFixture<PostgresFactory>;
