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
using Task = System.Threading.Tasks.Task;

namespace Samenspel.Web.Tests.Fhir;

/// <summary>The FHIR API as a client with a personal access token meets it: only what the access policy allows,
/// refusals as OperationOutcomes, and every read and refusal audited under the token's user.</summary>
public abstract class FhirApiTests(SamenspelFactory factory)
{
    static OperationOutcome.IssueComponent Issue(OperationOutcome outcome, OperationOutcome.IssueType code)
    {
        var issue = Assert.Single(outcome.Issue);
        Assert.Equal(code, issue.Code);
        Assert.Equal(OperationOutcome.IssueSeverity.Error, issue.Severity);
        Assert.False(string.IsNullOrWhiteSpace(issue.Details?.Text), "an OperationOutcome explains itself in Dutch");
        return issue;
    }

    static string[] Names(IEnumerable<Patient> patients) => patients.Select(p => p.Name.Single().Given.Single()!).Order().ToArray();

    [Fact]
    public async Task Parent_searching_patients_gets_only_their_own_child()
    {
        var noorId = await factory.YouthAsync("Noor");
        var patients = await SearchAsync<Patient>(await TokenClientAsync(factory, DemoSeed.Email.NoorsMother), "/fhir/Patient");

        var noor = Assert.Single(patients);
        Assert.Equal(noorId.ToString("D"), noor.Id);
        Assert.Equal("Peters", noor.Name.Single().Family);
        Assert.Equal(await factory.WithDbAsync(db => db.Youths.Where(y => y.Id == noorId).Select(y => y.BirthDate).SingleAsync()),
            DateOnly.Parse(noor.BirthDate!));
        Assert.StartsWith("Organization/", noor.ManagingOrganization!.Reference);
    }

    [Fact]
    public async Task Parent_reading_another_familys_youth_gets_404_without_data_and_the_refusal_is_audited()
    {
        var samId = await factory.YouthAsync("Sam");
        var (outcome, body) = await GetAsync<OperationOutcome>(await TokenClientAsync(factory, DemoSeed.Email.NoorsMother), $"/fhir/Patient/{samId}", HttpStatusCode.NotFound);

        Issue(outcome, OperationOutcome.IssueType.NotFound);
        Assert.DoesNotContain("Sam", body);
        Assert.DoesNotContain("Jansen", body);
        var userId = await factory.UserIdAsync(DemoSeed.Email.NoorsMother);
        var tokens = (await factory.WithDbAsync(db => db.AccessTokens.Where(t => t.UserId == userId).Select(t => t.Id).ToListAsync())).Select(id => id.ToString()).ToList();
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.YouthId == samId && e.UserId == userId && e.Outcome == AuditOutcome.Denied && e.EventType == "Register" && tokens.Contains(e.Client))));
    }

    [Fact]
    public async Task Parent_without_authority_reads_the_basic_information_and_sees_who_holds_authority()
    {
        var lotteId = await factory.YouthAsync("Lotte");
        var father = await TokenClientAsync(factory, DemoSeed.Email.LottesFather);

        var (lotte, _) = await GetAsync<Patient>(father, $"/fhir/Patient/{lotteId}");
        Assert.Equal("Lotte", lotte.Name.Single().Given.Single());
        Assert.Equal(["Lotte"], Names(await SearchAsync<Patient>(father, "/fhir/Patient")));

        var carers = await SearchAsync<RelatedPerson>(father, $"/fhir/RelatedPerson?patient=Patient/{lotteId}");
        Assert.Equal(2, carers.Count);
        Assert.All(carers, c => Assert.Equal($"Patient/{lotteId}", c.Patient.Reference));
        Assert.All(carers, c => Assert.Empty(c.Telecom));
        Assert.All(carers, c => Assert.Equal("PRN", c.Relationship.Single().Coding.Single().Code));
        bool Authority(string name) => carers.Single(c => c.Name.Single().Text == name)
            .GetExtension(FhirMapping.ParentalAuthorityExtension)?.Value is FhirBoolean { Value: true };
        Assert.False(Authority("Erik Hendriks"));
        Assert.True(Authority("Petra Hendriks"));
        Assert.Contains("zonder gezag", carers.Single(c => c.Name.Single().Text == "Erik Hendriks").Relationship.Single().Text);

        // Basic information is the register only: the care team's contact details stay with the team.
        var (ownLink, _) = await GetAsync<RelatedPerson>(father, $"/fhir/RelatedPerson/{carers[0].Id}");
        Assert.Empty(ownLink.Telecom);
    }

    [Fact]
    public async Task A_16_plus_youth_who_shields_the_register_from_a_parent_hides_the_patient_from_that_parent()
    {
        var daanId = await factory.YouthAsync("Daan");
        var father = await TokenClientAsync(factory, DemoSeed.Email.DaansFather);
        // The demo shields Daan's journal from his father, not the register.
        await GetAsync<Patient>(father, $"/fhir/Patient/{daanId}");
        Assert.Equal(["Daan"], Names(await SearchAsync<Patient>(father, "/fhir/Patient")));

        var shieldId = await factory.WithDbAsync(async db =>
        {
            var carerId = await db.Carers.Where(c => c.Email == DemoSeed.Email.DaansFather).Select(c => c.Id).SingleAsync();
            var shield = new CategoryShield { YouthId = daanId, CarerId = carerId, ShieldedCategory = DataCategory.Register, CreatedAt = factory.Clock.GetUtcNow() };
            db.CategoryShields.Add(shield);
            await db.SaveChangesAsync();
            return shield.Id;
        });
        try
        {
            var (outcome, body) = await GetAsync<OperationOutcome>(father, $"/fhir/Patient/{daanId}", HttpStatusCode.Forbidden);
            Issue(outcome, OperationOutcome.IssueType.Forbidden);
            Assert.DoesNotContain("Groot", body);
            Assert.Empty(await SearchAsync<Patient>(father, "/fhir/Patient"));
            Assert.Empty(await SearchAsync<RelatedPerson>(father, $"/fhir/RelatedPerson?patient={daanId}"));
            Assert.Empty(await SearchAsync<CareTeam>(father, $"/fhir/CareTeam?patient={daanId}"));
            // Daan's mother is not shielded.
            await GetAsync<Patient>(await TokenClientAsync(factory, DemoSeed.Email.DaansMother), $"/fhir/Patient/{daanId}");
        }
        finally
        {
            await factory.WithDbAsync(async db =>
            {
                db.CategoryShields.Remove(await db.CategoryShields.SingleAsync(s => s.Id == shieldId));
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task Mentor_sees_their_caseload_the_care_team_and_its_members()
    {
        var mentor = await TokenClientAsync(factory, DemoSeed.Email.Mentor);
        Assert.Equal(["Daan", "Noor", "Sam"], Names(await SearchAsync<Patient>(mentor, "/fhir/Patient")));
        Assert.Equal(["Noor"], Names(await SearchAsync<Patient>(mentor, "/fhir/Patient?name=noo")));
        Assert.Equal(["Daan"], Names(await SearchAsync<Patient>(mentor, "/fhir/Patient?name=groot")));
        Assert.Single(await SearchAsync<Patient>(mentor, "/fhir/Patient?_count=1"));

        var noorId = await factory.YouthAsync("Noor");
        var trajectory = await factory.WithDbAsync(db => db.Trajectories.SingleAsync(t => t.YouthId == noorId));
        var team = Assert.Single(await SearchAsync<CareTeam>(mentor, $"/fhir/CareTeam?patient={noorId}"));
        Assert.Equal(trajectory.Id.ToString("D"), team.Id);
        Assert.Equal($"Patient/{noorId}", team.Subject!.Reference);
        Assert.Equal(trajectory.StartDate.ToString("yyyy-MM-dd"), team.Period!.Start);
        Assert.Equal(trajectory.ExpectedEndDate.ToString("yyyy-MM-dd"), team.Period.End);
        var lead = team.Participant.Single(p => p.Role.Single().Text == "mentor");
        Assert.Equal($"Practitioner/{await factory.StaffAsync("Eva de Boer")}", lead.Member!.Reference);
        Assert.Equal(["begeleider", "gedragswetenschapper", "mentor", "schaduwmentor"], team.Participant.Select(p => p.Role.Single().Text!).Order().ToArray());

        var practitioners = await SearchAsync<Practitioner>(mentor, "/fhir/Practitioner");
        Assert.Equal(["Eva de Boer", "Fatima El Amrani", "Joris Smit", "Marieke Visser"], practitioners.Select(p => p.Name.Single().Text!).Order().ToArray());
        Assert.All(practitioners, p => Assert.Contains(p.Telecom, t => t.System == ContactPoint.ContactPointSystem.Email));

        var carers = await SearchAsync<RelatedPerson>(mentor, $"/fhir/RelatedPerson?patient={noorId}");
        Assert.Equal(["Ingrid Peters", "Mark Peters"], carers.Select(c => c.Name.Single().Text!).Order().ToArray());
        Assert.All(carers, c => Assert.Contains(c.Telecom, t => t.Value!.EndsWith("@demo.samenspel.nl")));

        // The team lead reads the register but does not keep it: the carers by name, without their contact details,
        // as on the youth's file.
        var teamLead = await TokenClientAsync(factory, DemoSeed.Email.TeamLead);
        var seenByLead = await SearchAsync<RelatedPerson>(teamLead, $"/fhir/RelatedPerson?patient={noorId}");
        Assert.Equal(["Ingrid Peters", "Mark Peters"], seenByLead.Select(c => c.Name.Single().Text!).Order().ToArray());
        Assert.All(seenByLead, c => Assert.Empty(c.Telecom));
        var (one, _) = await GetAsync<RelatedPerson>(teamLead, $"/fhir/RelatedPerson/{seenByLead[0].Id}");
        Assert.Empty(one.Telecom);
    }

    [Fact]
    public async Task Parent_sees_the_care_team_by_name_only_and_no_other_staff()
    {
        var parent = await TokenClientAsync(factory, DemoSeed.Email.NoorsMother);
        var (eva, _) = await GetAsync<Practitioner>(parent, $"/fhir/Practitioner/{await factory.StaffAsync("Eva de Boer")}");
        Assert.Equal("Eva de Boer", eva.Name.Single().Text);
        Assert.Empty(eva.Telecom);
        await GetAsync<OperationOutcome>(parent, $"/fhir/Practitioner/{await factory.StaffAsync("Ruben Mulder")}", HttpStatusCode.NotFound);
        var practitioners = await SearchAsync<Practitioner>(parent, "/fhir/Practitioner?name=eva");
        Assert.Equal("Eva de Boer", Assert.Single(practitioners).Name.Single().Text);
    }

    [Fact]
    public async Task Staff_of_another_team_get_404_for_a_care_team_just_like_for_one_that_does_not_exist()
    {
        var noorId = await factory.YouthAsync("Noor");
        var trajectoryId = await factory.WithDbAsync(db => db.Trajectories.Where(t => t.YouthId == noorId).Select(t => t.Id).SingleAsync());
        var south = await TokenClientAsync(factory, DemoSeed.Email.SouthMentor);

        var (outcome, body) = await GetAsync<OperationOutcome>(south, $"/fhir/CareTeam/{trajectoryId}", HttpStatusCode.NotFound);
        Issue(outcome, OperationOutcome.IssueType.NotFound);
        Assert.DoesNotContain("Noor", body);
        Assert.DoesNotContain("Eva", body);
        var (_, missing) = await GetAsync<OperationOutcome>(south, $"/fhir/CareTeam/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        Assert.Equal(missing, body);
        await GetAsync<OperationOutcome>(south, $"/fhir/Patient/{noorId}", HttpStatusCode.NotFound);
        Assert.Empty(await SearchAsync<CareTeam>(south, $"/fhir/CareTeam?patient={noorId}"));
        Assert.Equal(["Lotte"], Names(await SearchAsync<Patient>(south, "/fhir/Patient")));
    }

    [Fact]
    public async Task Malformed_requests_answer_400_with_an_OperationOutcome_that_says_what_is_wrong()
    {
        var mentor = await TokenClientAsync(factory, DemoSeed.Email.Mentor);
        var (badId, _) = await GetAsync<OperationOutcome>(mentor, "/fhir/Patient/not-a-guid", HttpStatusCode.BadRequest);
        Issue(badId, OperationOutcome.IssueType.Invalid);
        var (unknown, _) = await GetAsync<OperationOutcome>(mentor, "/fhir/Patient?foo=bar", HttpStatusCode.BadRequest);
        Assert.Contains("'foo'", Issue(unknown, OperationOutcome.IssueType.NotSupported).Diagnostics);
        Assert.Contains("birthdate", Issue((await GetAsync<OperationOutcome>(mentor, "/fhir/Patient?birthdate=31-12-2010", HttpStatusCode.BadRequest)).Resource,
            OperationOutcome.IssueType.Invalid).Diagnostics);
        foreach (var count in new[] { "0", "-1", "ten", "1.5" })
            Assert.Contains("_count", Issue((await GetAsync<OperationOutcome>(mentor, $"/fhir/Patient?_count={count}", HttpStatusCode.BadRequest)).Resource,
                OperationOutcome.IssueType.Invalid).Diagnostics);
        await GetAsync<OperationOutcome>(mentor, "/fhir/CareTeam?patient=Patient/xyz", HttpStatusCode.BadRequest);
        Issue((await GetAsync<OperationOutcome>(mentor, "/fhir/Observation", HttpStatusCode.NotFound)).Resource, OperationOutcome.IssueType.NotSupported);
        await GetAsync<OperationOutcome>(mentor, "/fhir/Observation/123", HttpStatusCode.NotFound);

        var daanBirth = await factory.WithDbAsync(db => db.Youths.Where(y => y.GivenName == "Daan").Select(y => y.BirthDate).SingleAsync());
        Assert.Equal(["Daan"], Names(await SearchAsync<Patient>(mentor, $"/fhir/Patient?birthdate={daanBirth:yyyy-MM-dd}")));
        Assert.Equal(["Daan"], Names(await SearchAsync<Patient>(mentor, $"/fhir/Patient?birthdate=le{daanBirth:yyyy-MM-dd}")));
    }

    [Fact]
    public async Task Without_a_token_only_the_capability_statement_answers()
    {
        var anonymous = await TokenClientAsync(factory, null);
        var (outcome, _) = await GetAsync<OperationOutcome>(anonymous, "/fhir/Patient", HttpStatusCode.Unauthorized);
        Assert.Equal(OperationOutcome.IssueType.Login, outcome.Issue.Single().Code);
        await GetAsync<OperationOutcome>(anonymous, $"/fhir/Patient/{await factory.YouthAsync("Noor")}", HttpStatusCode.Unauthorized);
        var wrongToken = factory.CreateClient(new() { AllowAutoRedirect = false });
        wrongToken.DefaultRequestHeaders.Authorization = new("Bearer", "ssp_not-a-real-token");
        await GetAsync<OperationOutcome>(wrongToken, "/fhir/Patient", HttpStatusCode.Unauthorized);

        var (statement, _) = await GetAsync<CapabilityStatement>(anonymous, "/fhir/metadata");
        Assert.Equal(FHIRVersion.N4_0_1, statement.FhirVersion);
        Assert.Contains("json", statement.Format);
        var rest = statement.Rest.Single();
        Assert.Contains("Bearer", rest.Security!.Service.Single().Text);
        Assert.Equal(["CarePlan", "CareTeam", "Communication", "CommunicationRequest", "Goal", "Patient", "Practitioner", "Questionnaire", "QuestionnaireResponse", "RelatedPerson"], rest.Resource.Select(r => r.Type!).Order().ToArray());
        Assert.Equal(["birthdate", "name"], rest.Resource.Single(r => r.Type == "Patient").SearchParam.Select(p => p.Name!).Order().ToArray());
        Assert.Equal("patient", rest.Resource.Single(r => r.Type == "CareTeam").SearchParam.Single().Name);
    }

    [Fact]
    public async Task An_unexpected_failure_answers_500_with_an_OperationOutcome_and_no_internals()
    {
        var mentor = await TokenClientAsync(factory, DemoSeed.Email.Mentor);
        await factory.OwnerSqlAsync("ALTER TABLE \"CareTeamMembers\" RENAME TO \"CareTeamMembersAway\"");
        try
        {
            var (outcome, body) = await GetAsync<OperationOutcome>(mentor, "/fhir/Patient", HttpStatusCode.InternalServerError);
            Issue(outcome, OperationOutcome.IssueType.Exception);
            Assert.DoesNotContain("CareTeamMembers", body);
            Assert.DoesNotContain(" at ", body);
        }
        finally
        {
            await factory.OwnerSqlAsync("ALTER TABLE \"CareTeamMembersAway\" RENAME TO \"CareTeamMembers\"");
        }
    }
}

public sealed class FhirApiTests_Sqlite(SqliteFactory f) : FhirApiTests(f), IClassFixture<SqliteFactory>;
public sealed class FhirApiTests_Postgres(PostgresFactory f) : FhirApiTests(f), IClassFixture<PostgresFactory>;
