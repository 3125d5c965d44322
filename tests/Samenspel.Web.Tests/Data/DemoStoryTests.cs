using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Domain.Scheduling;
using Samenspel.Web.Data;
using Samenspel.Web.Features.Alliance;
using Samenspel.Web.Features.Contacts;
using Samenspel.Web.Features.Messages;
using Samenspel.Web.Features.Onboarding;
using Samenspel.Web.Jobs;
using Samenspel.Web.Tests.Infrastructure;
using static Samenspel.Web.Tests.Infrastructure.FhirClient;
using Task = System.Threading.Tasks.Task;

namespace Samenspel.Web.Tests.Data;

/// <summary>The demo organisation half a year in (<see cref="DemoStory"/>): what the demo mentor Eva de Boer finds on
/// a fresh installation, through the FHIR API and the queries behind her caseload, and that the story is audited and
/// mails nobody on the first start.</summary>
public abstract class DemoStoryTests(SamenspelFactory factory)
{
    Task<T> Db<T>(Func<SamenspelDb, Task<T>> use) => factory.WithDbAsync(use);
    Task<Guid> YouthAsync(string name) => Db(db => db.Youths.Where(y => y.GivenName == name).Select(y => y.Id).SingleAsync());
    Task<Guid> EvaAsync() => Db(db => db.Staff.Where(s => s.Email == DemoSeed.Email.Mentor).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task The_mentor_finds_goals_plans_answers_and_messages_through_FHIR()
    {
        var mentor = await TokenClientAsync(factory, DemoSeed.Email.Mentor);
        var noor = await YouthAsync("Noor");
        var daan = await YouthAsync("Daan");

        Assert.Equal(3, (await SearchAsync<Hl7.Fhir.Model.Goal>(mentor, $"/fhir/Goal?patient={noor}&lifecycle-status=active")).Count);
        Assert.Equal(2, (await SearchAsync<CarePlan>(mentor, $"/fhir/CarePlan?patient={noor}")).Count);
        var answers = await SearchAsync<QuestionnaireResponse>(mentor, $"/fhir/QuestionnaireResponse?subject=Patient/{noor}");
        Assert.Contains(answers, r => r.Status == QuestionnaireResponse.QuestionnaireResponseStatus.Completed);
        var messages = await SearchAsync<Communication>(mentor, $"/fhir/Communication?subject=Patient/{daan}");
        Assert.Contains(messages, m => m.Payload.Any(p => p.Content is FhirString { Value: { } s } && s.Contains("opa is zondag jarig")));
    }

    [Fact]
    public async Task The_mentor_has_a_scored_plan_a_discussed_measurement_a_waiting_message_and_one_overdue_contact()
    {
        var (noor, eva) = (await YouthAsync("Noor"), await EvaAsync());
        var now = factory.Clock.GetUtcNow();
        var today = DutchCalendar.DateAt(now);
        var youths = await Db(db => db.CareTeamMembers.Where(m => m.StaffMemberId == eva).Select(m => m.YouthId).ToListAsync());
        Assert.Equal(3, youths.Count);

        // Noor's plan: two versions, three evaluations that each scored every goal.
        var scored = await Db(db => db.Evaluations.Where(e => e.YouthId == noor)
            .Select(e => db.GoalScorings.Count(s => s.EvaluationId == e.Id)).ToListAsync());
        Assert.Equal(new[] { 3, 3, 3 }, scored);
        Assert.Equal(2, await Db(db => db.Plans.CountAsync(p => p.YouthId == noor)));

        // Her first measurement: youth and mentor answered, actions agreed, and looked back on at the second.
        var first = await Db(db => db.Measurements.Where(m => m.YouthId == noor).OrderBy(m => m.PlannedOn).FirstAsync());
        var respondents = await Db(db => db.Responses.Where(r => r.MeasurementId == first.Id && r.Status == ResponseStatus.Completed)
            .Select(r => r.Respondent).ToListAsync());
        Assert.Contains(Respondent.Youth, respondents);
        Assert.Contains(Respondent.Mentor, respondents);
        var actions = await Db(db => db.AllianceActions.Where(a => a.MeasurementId == first.Id).ToListAsync());
        Assert.Equal(2, actions.Count);
        Assert.All(actions, a => Assert.NotNull(a.ReviewedInMeasurementId));

        // The caseload: no measurement is late, Anja's question waits for an answer, Linda's contact is overdue.
        var due = await Db(db => MeasurementStatus.DueAsync(db, youths, today, default));
        Assert.DoesNotContain(due.Values, d => d.IsOverdue(today));
        var overview = await Db(db => MessageOverview.CaseloadAsync(db, youths, now, today, 48, default));
        Assert.Equal("Anja de Groot", Assert.Single(overview.Unanswered).From);
        Assert.Single(overview.Requests);
        Assert.Single(overview.Absences);
        var rhythms = await Db(db => ContactStatus.RhythmsAsync(db, youths, today));
        Assert.Equal("Linda Jansen", Assert.Single(rhythms, r => r.State == ContactState.Overdue).CarerName);
        Assert.Empty(await Db(db => ContactStatus.WithoutParentContactAsync(db, youths, today)));

        // Sam's mother never confirmed the start information: she is to be phoned, at a number.
        var call = Assert.Single(await Db(db => CallList.ForMentorAsync(db, eva, today)));
        Assert.Equal(("Linda Jansen", "06-12345671", CallReason.NotConfirmed), (call.Person, call.Phone, call.Reason));
    }

    [Fact]
    public async Task The_first_start_mails_nobody()
    {
        var ran = await factory.Services.GetRequiredService<Scheduler>().RunDueAsync();
        Assert.Contains(Reminders.Job.Name, ran);
        Assert.Contains(MessageMail.Job.Name, ran);
        var outbox = Path.Combine(factory.DataDirectory, "outbox");
        Assert.True(!Directory.Exists(outbox) || Directory.GetFiles(outbox).Length == 0, "the demo story sent mail on its first start");
    }

    [Fact]
    public async Task The_story_is_audited_as_written_by_the_seed()
    {
        var types = await Db(db => db.AuditEvents.Where(e => e.Client == "seed" && e.Action == Web.Audit.AuditAction.Create)
            .Select(e => e.ObjectType).Distinct().ToListAsync());
        Assert.Superset(new HashSet<string?> { "Plan", "Evaluation", "GoalScoring", "Agreement", "ContactLogEntry", "Measurement", "Response",
            "AllianceAction", "Message", "CarerRequest", "AbsenceReport", "Intake", "StartInformation" }, types.ToHashSet());
    }
}

public sealed class DemoStoryTests_Sqlite(DemoStorySqliteFactory f) : DemoStoryTests(f), IClassFixture<DemoStorySqliteFactory>
{
    [Fact]
    public async Task The_audit_chain_of_a_fresh_demo_verifies()
    {
        var factory = new DemoStorySqliteFactory();
        factory.CreateClient().Dispose();
        await factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var (exit, output) = await CommandLine.RunAsync(["audit", "verify", .. CommandLine.Sqlite(factory.DataDirectory)]);
        Assert.True(exit == 0, output);
        Assert.Contains("De audit-keten is heel", output);
    }
}

public sealed class DemoStoryTests_Postgres(DemoStoryPostgresFactory f) : DemoStoryTests(f), IClassFixture<DemoStoryPostgresFactory>;

public sealed class DemoStorySqliteFactory : SamenspelFactory
{
    protected override string Provider => "sqlite";
    protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "samenspel.db")};Default Timeout=30";
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Samenspel:DemoStory"] = "true" };
}

public sealed class DemoStoryPostgresFactory : PostgresFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Samenspel:DemoStory"] = "true" };
}
