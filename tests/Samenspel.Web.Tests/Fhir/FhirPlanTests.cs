using System.Net;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Domain.Access;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Fhir;
using Samenspel.Web.Tests.Infrastructure;
using static Samenspel.Web.Tests.Infrastructure.FhirClient;
using Goal = Hl7.Fhir.Model.Goal;
using Task = System.Threading.Tasks.Task;

namespace Samenspel.Web.Tests.Fhir;

/// <summary>Plans through the FHIR API: one CarePlan per plan version and one Goal per goal of a version, with the
/// GAS levels and scores as extensions, read under the Plan category of the access policy and audited.</summary>
public abstract class FhirPlanTests(SamenspelFactory factory)
{
    static readonly string[] JobLevels = ["Ik solliciteer niet", "Ik zoek vacatures", "Ik solliciteer één keer", "Ik heb een gesprek", "Ik heb een baantje"];
    static readonly string[] CookingLevels = ["Ik kook niet", "Ik help met koken", "Ik kook één keer per week", "Ik kook twee keer", "Ik kook elke dag"];

    /// <summary>A youth of the test's own (with a sign-in account, a mother with authority since birth and a father
    /// with authority since <paramref name="fathersAuthoritySince"/> or birth) and their plan: version 1 (60 days ago)
    /// with two goals, agreed to by the youth and so locked; version 2 (10 days ago) rewords the first goal. The first
    /// goal was scored at the start (60 days ago) and at an evaluation (20 days ago), the second at the start.</summary>
    sealed record YouthPlan(Guid YouthId, Guid TrajectoryId, Guid Version1, Guid Version2, Guid[] Goals1, Guid[] Goals2, DateOnly Start, DateOnly Evaluation,
        BuiltCarer Mother, BuiltCarer Father);

    async Task<YouthPlan> PlanAsync(string givenName, int age, DateOnly? fathersAuthoritySince = null)
    {
        var youthId = await new YouthBuilder(factory).Named(givenName).Aged(age).InCareSince(factory.Clock.DutchToday().AddMonths(-5)).WithAccount(out _)
            .WithCarer($"Moeder van {givenName}", out var mother).WithCarer($"Vader van {givenName}", out var father, authoritySince: fathersAuthoritySince).BuildAsync();
        return await factory.WithDbAsync(async db =>
        {
            var youth = await db.Youths.SingleAsync(y => y.Id == youthId);
            var trajectoryId = await db.Trajectories.Where(t => t.YouthId == youth.Id).Select(t => t.Id).SingleAsync();
            var now = factory.Clock.GetUtcNow();
            var (start, evaluation) = (DutchCalendar.DateAt(now.AddDays(-60)), DutchCalendar.DateAt(now.AddDays(-20)));
            var first = new Plan { TrajectoryId = trajectoryId, YouthId = youth.Id, Version = 1, CreatedAt = now.AddDays(-60) };
            first.Describe($"{givenName} wil zelfstandig wonen; we wogen een training en een bijbaan af.", "Ik wil geld verdienen.", null, $"{givenName} is gemotiveerd.");
            var job = first.AddGoal("Ik wil een baantje", "Arbeidsparticipatie vergroten", givenName, JobLevels, weight: 2);
            var cooking = first.AddGoal("Ik wil zelf koken", null, givenName, CookingLevels);
            first.RecordAgreement(PlanParty.Youth, youth.UserId!.Value, null, true, null, now.AddDays(-59));
            db.Plans.Add(first);
            var second = first.NextVersion(now.AddDays(-10));
            var jobAgain = second.Goals.Single(g => g.LineageId == job.LineageId);
            second.ChangeGoal(jobAgain.Id, "Ik wil een bijbaan bij de supermarkt", "Arbeidsparticipatie vergroten", givenName, JobLevels, 2);
            db.Plans.Add(second);
            db.GoalScorings.AddRange(
                new GoalScoring { GoalLineageId = job.LineageId, YouthId = youth.Id, TrajectoryId = trajectoryId, Moment = ScoringMoment.Start, Level = -2, ScoredOn = start },
                new GoalScoring { GoalLineageId = job.LineageId, YouthId = youth.Id, TrajectoryId = trajectoryId, Moment = ScoringMoment.Evaluation, Level = -1, ScoredOn = evaluation },
                new GoalScoring { GoalLineageId = cooking.LineageId, YouthId = youth.Id, TrajectoryId = trajectoryId, Moment = ScoringMoment.Start, Level = 0, ScoredOn = start });
            await db.SaveChangesAsync();
            Task<Guid[]> GoalsOf(Guid planId) => db.Goals.Where(g => g.PlanId == planId).OrderBy(g => g.Position).Select(g => g.Id).ToArrayAsync();
            return new YouthPlan(youth.Id, trajectoryId, first.Id, second.Id, await GoalsOf(first.Id), await GoalsOf(second.Id), start, evaluation, mother, father);
        });
    }

    static string Part(Extension extension, string url) => extension.GetExtension(url)!.Value!.ToString()!;

    Task<bool> AuditedAsync(string email, Guid youthId, AuditOutcome outcome) => factory.WithDbAsync(async db =>
    {
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.AuditEvents.AnyAsync(e => e.YouthId == youthId && e.UserId == userId && e.Outcome == outcome && e.EventType == "Plan");
    });

    [Fact]
    public async Task Mentor_reads_the_current_care_plan_and_its_goals_in_the_youths_words_with_the_GAS_history()
    {
        var plan = await PlanAsync("Daan", 17);
        var mentor = await TokenClientAsync(factory, DemoSeed.Email.Mentor);

        var carePlans = await SearchAsync<CarePlan>(mentor, $"/fhir/CarePlan?patient=Patient/{plan.YouthId}&status=active");
        var current = Assert.Single(carePlans);
        Assert.Equal(plan.Version2.ToString("D"), current.Id);
        Assert.Equal(RequestStatus.Active, current.Status);
        Assert.Equal(CarePlan.CarePlanIntent.Plan, current.Intent);
        Assert.Equal($"Patient/{plan.YouthId}", current.Subject!.Reference);
        Assert.Equal($"CareTeam/{plan.TrajectoryId}", current.CareTeam.Single().Reference);
        Assert.Equal(plan.Goals2.Select(g => $"Goal/{g}"), current.Goal.Select(g => g.Reference));
        Assert.Contains("bijbaan", current.Description);
        Assert.Equal(["jongere", "team"], current.Note.Select(n => n.Author!.ToString()!).ToArray());
        Assert.Null(current.Period!.End);
        Assert.True(await AuditedAsync(DemoSeed.Email.Mentor, plan.YouthId, AuditOutcome.Success));

        var goals = await SearchAsync<Goal>(mentor, $"/fhir/Goal?patient={plan.YouthId}&lifecycle-status=active");
        Assert.Equal(plan.Goals2.Select(g => g.ToString("D")), goals.Select(g => g.Id));
        var (job, _) = await GetAsync<Goal>(mentor, $"/fhir/Goal/{plan.Goals2[0]}");
        Assert.Equal("Ik wil een bijbaan bij de supermarkt", job.Description.Text);
        Assert.Equal(Goal.GoalLifecycleStatus.Active, job.LifecycleStatus);
        Assert.Equal($"Patient/{plan.YouthId}", job.Subject.Reference);
        Assert.Equal([FhirMapping.GasGoalProfile], job.Meta!.Profile);
        Assert.Equal("Arbeidsparticipatie vergroten", job.GetStringExtension(FhirMapping.ProfessionalWordingExtension));
        Assert.Equal(2m, Assert.IsType<FhirDecimal>(job.GetExtension(FhirMapping.GasWeightExtension)!.Value).Value);
        var levels = job.GetExtensions(FhirMapping.GasLevelExtension).ToList();
        Assert.Equal(["-2", "-1", "0", "1", "2"], levels.Select(l => Part(l, "level")).ToArray());
        Assert.Equal(JobLevels, levels.Select(l => Part(l, "description")).ToArray());
        var history = job.GetExtensions(FhirMapping.GasScoringExtension).ToList();
        Assert.Equal([plan.Start.ToString("yyyy-MM-dd"), plan.Evaluation.ToString("yyyy-MM-dd")], history.Select(s => Part(s, "date")).ToArray());
        Assert.Equal(["-2", "-1"], history.Select(s => Part(s, "level")).ToArray());
        Assert.Equal(["start", "evaluation"], history.Select(s => Part(s, "occasion")).ToArray());

        var (cooking, _) = await GetAsync<Goal>(mentor, $"/fhir/Goal/{plan.Goals2[1]}");
        Assert.Null(cooking.GetExtension(FhirMapping.ProfessionalWordingExtension));
        Assert.Equal(["0"], cooking.GetExtensions(FhirMapping.GasScoringExtension).Select(s => Part(s, "level")).ToArray());
        Assert.Equal(CookingLevels, cooking.GetExtensions(FhirMapping.GasLevelExtension).Select(l => Part(l, "description")).ToArray());
    }

    [Fact]
    public async Task Old_plan_versions_stay_readable_and_only_the_current_one_is_active()
    {
        var plan = await PlanAsync("Daan", 17);
        var mentor = await TokenClientAsync(factory, DemoSeed.Email.Mentor);

        var versions = await SearchAsync<CarePlan>(mentor, $"/fhir/CarePlan?patient={plan.YouthId}");
        Assert.Equal([plan.Version2.ToString("D"), plan.Version1.ToString("D")], versions.Select(p => p.Id));
        var (first, _) = await GetAsync<CarePlan>(mentor, $"/fhir/CarePlan/{plan.Version1}");
        Assert.Equal(RequestStatus.Revoked, first.Status);
        Assert.Equal("Plan, versie 1", first.Title);
        Assert.Empty(first.Replaces);
        Assert.NotNull(first.Period!.End);
        Assert.Equal(plan.Goals1.Select(g => $"Goal/{g}"), first.Goal.Select(g => g.Reference));
        var (second, _) = await GetAsync<CarePlan>(mentor, $"/fhir/CarePlan/{plan.Version2}");
        Assert.Equal(RequestStatus.Active, second.Status);
        Assert.Equal($"CarePlan/{plan.Version1}", second.Replaces.Single().Reference);
        Assert.Equal(first.Period.End, second.Period!.Start);

        var (oldJob, _) = await GetAsync<Goal>(mentor, $"/fhir/Goal/{plan.Goals1[0]}");
        Assert.Equal("Ik wil een baantje", oldJob.Description.Text);
        Assert.Equal(Goal.GoalLifecycleStatus.Cancelled, oldJob.LifecycleStatus);
        var (newJob, _) = await GetAsync<Goal>(mentor, $"/fhir/Goal/{plan.Goals2[0]}");
        Assert.Equal(newJob.Identifier.Single().Value, oldJob.Identifier.Single().Value);
        Assert.Equal(FhirMapping.GoalLineageSystem, oldJob.Identifier.Single().System);
        Assert.Equal(4, (await SearchAsync<Goal>(mentor, $"/fhir/Goal?patient={plan.YouthId}")).Count);
        Assert.Equal(plan.Goals1.Select(g => g.ToString("D")),
            (await SearchAsync<Goal>(mentor, $"/fhir/Goal?patient={plan.YouthId}&lifecycle-status=cancelled")).Select(g => g.Id));
    }

    [Fact]
    public async Task Parent_with_authority_reads_their_childs_plan()
    {
        var plan = await PlanAsync("Daan", 17);
        var mother = await TokenClientAsync(factory, plan.Mother.Email);

        Assert.Equal(2, (await SearchAsync<CarePlan>(mother, "/fhir/CarePlan")).Count);
        var (current, _) = await GetAsync<CarePlan>(mother, $"/fhir/CarePlan/{plan.Version2}");
        Assert.Equal(RequestStatus.Active, current.Status);
        var (job, _) = await GetAsync<Goal>(mother, $"/fhir/Goal/{plan.Goals2[0]}");
        Assert.Equal("Ik wil een bijbaan bij de supermarkt", job.Description.Text);
        Assert.Equal(2, job.GetExtensions(FhirMapping.GasScoringExtension).Count());
        Assert.Equal(4, (await SearchAsync<Goal>(mother, "/fhir/Goal")).Count);
        Assert.True(await AuditedAsync(plan.Mother.Email, plan.YouthId, AuditOutcome.Success));
    }

    [Fact]
    public async Task A_16_plus_youth_who_shields_the_plan_from_a_parent_gets_that_parent_403_and_an_empty_search_and_it_is_audited()
    {
        var plan = await PlanAsync("Daan", 17);
        var father = await TokenClientAsync(factory, plan.Father.Email);
        await GetAsync<CarePlan>(father, $"/fhir/CarePlan/{plan.Version2}");

        // As Features/Me/Sharing records it.
        await factory.WithDbAsync(db =>
        {
            db.CategoryShields.Add(new CategoryShield { YouthId = plan.YouthId, CarerId = plan.Father.Id, ShieldedCategory = DataCategory.Plan, CreatedAt = factory.Clock.GetUtcNow() });
            return db.SaveChangesAsync();
        });
        foreach (var url in new[] { $"/fhir/CarePlan/{plan.Version2}", $"/fhir/CarePlan/{plan.Version1}", $"/fhir/Goal/{plan.Goals2[0]}" })
        {
            var (outcome, body) = await GetAsync<OperationOutcome>(father, url, HttpStatusCode.Forbidden);
            Assert.Equal(OperationOutcome.IssueType.Forbidden, outcome.Issue.Single().Code);
            Assert.DoesNotContain("baantje", body);
        }
        Assert.Empty(await SearchAsync<CarePlan>(father, "/fhir/CarePlan"));
        Assert.Empty(await SearchAsync<CarePlan>(father, $"/fhir/CarePlan?patient={plan.YouthId}"));
        Assert.Empty(await SearchAsync<Goal>(father, $"/fhir/Goal?patient={plan.YouthId}"));
        Assert.True(await AuditedAsync(plan.Father.Email, plan.YouthId, AuditOutcome.Denied));
        // The register is not shielded, and the youth's mother still reads the plan.
        await GetAsync<Patient>(father, $"/fhir/Patient/{plan.YouthId}");
        await GetAsync<CarePlan>(await TokenClientAsync(factory, plan.Mother.Email), $"/fhir/CarePlan/{plan.Version2}");
    }

    [Fact]
    public async Task Parent_of_another_family_gets_404_like_for_a_plan_that_does_not_exist_and_it_is_audited()
    {
        var plan = await PlanAsync("Daan", 17);
        var other = await TokenClientAsync(factory, DemoSeed.Email.NoorsMother);

        var (outcome, body) = await GetAsync<OperationOutcome>(other, $"/fhir/CarePlan/{plan.Version2}", HttpStatusCode.NotFound);
        Assert.Equal(OperationOutcome.IssueType.NotFound, outcome.Issue.Single().Code);
        var (_, missing) = await GetAsync<OperationOutcome>(other, $"/fhir/CarePlan/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        Assert.Equal(missing, body);
        var (_, goal) = await GetAsync<OperationOutcome>(other, $"/fhir/Goal/{plan.Goals2[0]}", HttpStatusCode.NotFound);
        Assert.Equal(missing, goal);
        Assert.Empty(await SearchAsync<CarePlan>(other, $"/fhir/CarePlan?patient={plan.YouthId}"));
        Assert.Empty(await SearchAsync<Goal>(other, $"/fhir/Goal?patient={plan.YouthId}"));
        Assert.True(await AuditedAsync(DemoSeed.Email.NoorsMother, plan.YouthId, AuditOutcome.Denied));
    }

    [Fact]
    public async Task A_parent_whose_authority_began_later_sees_the_current_plan_but_no_earlier_version_or_score()
    {
        // Noor's father holds authority since a month ago; her mother since her birth.
        var plan = await PlanAsync("Noor", 14, factory.Clock.DutchToday().AddMonths(-1));
        var father = await TokenClientAsync(factory, plan.Father.Email);

        var current = Assert.Single(await SearchAsync<CarePlan>(father, $"/fhir/CarePlan?patient={plan.YouthId}"));
        Assert.Equal(plan.Version2.ToString("D"), current.Id);
        Assert.Empty(current.Replaces);
        await GetAsync<OperationOutcome>(father, $"/fhir/CarePlan/{plan.Version1}", HttpStatusCode.NotFound);
        await GetAsync<OperationOutcome>(father, $"/fhir/Goal/{plan.Goals1[0]}", HttpStatusCode.NotFound);
        Assert.Equal(plan.Goals2.Select(g => g.ToString("D")), (await SearchAsync<Goal>(father, $"/fhir/Goal?patient={plan.YouthId}")).Select(g => g.Id));
        var (job, _) = await GetAsync<Goal>(father, $"/fhir/Goal/{plan.Goals2[0]}");
        Assert.Equal([plan.Evaluation.ToString("yyyy-MM-dd")], job.GetExtensions(FhirMapping.GasScoringExtension).Select(s => Part(s, "date")).ToArray());

        var mother = await TokenClientAsync(factory, plan.Mother.Email);
        Assert.Equal(2, (await SearchAsync<CarePlan>(mother, $"/fhir/CarePlan?patient={plan.YouthId}")).Count);
        Assert.Equal(2, (await GetAsync<Goal>(mother, $"/fhir/Goal/{plan.Goals2[0]}")).Resource.GetExtensions(FhirMapping.GasScoringExtension).Count());
    }

    [Fact]
    public async Task Unknown_search_parameters_are_refused()
    {
        var mentor = await TokenClientAsync(factory, DemoSeed.Email.Mentor);
        await GetAsync<OperationOutcome>(mentor, "/fhir/CarePlan?category=x", HttpStatusCode.BadRequest);
        await GetAsync<OperationOutcome>(mentor, "/fhir/Goal?patient=Goal/123", HttpStatusCode.BadRequest);
        await GetAsync<OperationOutcome>(mentor, "/fhir/Goal/not-a-guid", HttpStatusCode.BadRequest);
    }
}

public sealed class FhirPlanTests_Sqlite(SqliteFactory f) : FhirPlanTests(f), IClassFixture<SqliteFactory>;
public sealed class FhirPlanTests_Postgres(PostgresFactory f) : FhirPlanTests(f), IClassFixture<PostgresFactory>;
