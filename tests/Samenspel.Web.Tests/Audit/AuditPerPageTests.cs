using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Alliance;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Audit;

/// <summary>Every page that shows a youth's data writes its read row (NEN 7513): the mentor of the demo organisation
/// opens each one for Noor, and a Read row with Noor's id, the page's data category and, where the page shows one
/// object, that object's type and id must follow.</summary>
public abstract class AuditPerPageTests(SamenspelFactory factory)
{
    /// <summary>Page (with placeholders), the event type of its read row, and the object type it names (or null).</summary>
    public static TheoryData<string, string, string?> Pages => new()
    {
        { "/Youths/Details?id={youth}", "Register", null },
        { "/Messages/Answer?youthId={youth}&id={request}", "Messages", "CarerRequest" },
        { "/Register/EditCarer?youthId={youth}&linkId={link}", "Register", "CarerLink" },
        { "/Contacts/New?youthId={youth}", "Register", null },
        { "/Alliance/Print?measurementId={measurement}&seat=mentor", "AllianceAnswers", "Measurement" },
        { "/Alliance/Paper?measurementId={measurement}&seat=youth", "AllianceAnswers", "Measurement" },
        { "/Alliance/Results?id={measurement}", "AllianceAnswers", "Measurement" },
        { "/Agreements/History?youthId={youth}&lineageId={lineage}", "Plan", "AgreementLineage" },
        { "/Messages/Thread?youthId={youth}&with={carer}", "Messages", "MessageThreadWith" },
        { "/Contacts?youthId={youth}", "ContactLog", null },
        { "/Register/AddCarer?youthId={youth}", "Register", null },
        { "/Register/Invite?youthId={youth}&carerId={carer}", "Register", null },
        { "/Register/Contact?youthId={youth}&contactId={contact}", "Register", "NetworkContact" },
        { "/Register/ChangeMentor?youthId={youth}", "Register", null },
        { "/Onboarding/Start?youthId={youth}", "Register", null },
        { "/Evaluations/Rhythm?youthId={youth}", "Plan", null },
        { "/Alliance/Start?youthId={youth}", "AllianceAnswers", null },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_reading_page_writes_a_read_row_for_the_youth_with_its_category_and_object(string page, string eventType, string? objectType)
    {
        var noor = await factory.YouthAsync("Noor");
        var ids = new Dictionary<string, Guid> { ["youth"] = noor };
        var mother = await factory.WithDbAsync(db => db.CarerLinks.Where(l => l.YouthId == noor)
            .Join(db.Carers.Where(c => c.Email == DemoSeed.Email.NoorsMother), l => l.CarerId, c => c.Id, (l, c) => new { Link = l.Id, Carer = c.Id }).SingleAsync());
        (ids["link"], ids["carer"]) = (mother.Link, mother.Carer);
        ids["contact"] = await factory.WithDbAsync(db => db.NetworkContacts.Where(n => n.YouthId == noor).OrderBy(n => n.Name).Select(n => n.Id).FirstAsync());
        if (page.Contains("{request}"))
        {
            ids["request"] = Guid.NewGuid();
            var asked = await (await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother)).PostFormAsync($"/Messages/Requests?youthId={noor}", new()
            {
                ["Input.Kind"] = "Meeting", ["Input.Text"] = "Graag een gesprek.", ["Input.SubmissionId"] = ids["request"].ToString(),
            });
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        }
        if (page.Contains("{measurement}"))
        {
            ids["measurement"] = await new MeasurementBuilder(factory, noor).PlannedOn(DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime)).BuildAsync();
            await factory.CompletedResponseAsync(ids["measurement"], Respondent.Mentor, _ => 3);
        }
        if (page.Contains("{lineage}"))
            ids["lineage"] = await factory.WithDbAsync(async db =>
            {
                var trajectory = await db.Trajectories.Where(t => t.YouthId == noor).OrderByDescending(t => t.StartDate).Select(t => t.Id).FirstAsync();
                var agreement = new Agreement
                {
                    TrajectoryId = trajectory, YouthId = noor, Kind = AgreementKind.Everyday, Topic = "Bedtijd", Text = "Om 22.00 uur naar bed.",
                    Owner = AgreementOwner.Mentor, CreatedAt = factory.Clock.GetUtcNow(),
                };
                db.Agreements.Add(agreement);
                await db.SaveChangesAsync();
                return agreement.LineageId;
            });
        var url = ids.Aggregate(page, (u, id) => u.Replace($"{{{id.Key}}}", id.Value.ToString()));
        var mentorUser = await factory.UserIdAsync(DemoSeed.Email.Mentor);
        var before = await factory.WithDbAsync(db => db.AuditEvents.MaxAsync(e => e.Id));

        var response = await (await Browser.LoginAsync(factory, DemoSeed.Email.Mentor)).GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.Id > before && e.YouthId == noor && e.UserId == mentorUser && e.Action == AuditAction.Read && e.Outcome == AuditOutcome.Success)
            .ToListAsync());
        Assert.Contains(rows, e => e.EventType == eventType);
        if (objectType is not null)
        {
            var objectId = ids[page.Split('{', '}')[^2]].ToString();
            Assert.Contains(rows, e => e.EventType == eventType && e.ObjectType == objectType && e.ObjectId == objectId);
        }
    }

    [Fact]
    public async Task A_youth_reading_their_own_sharing_page_is_audited_too()
    {
        var noor = await factory.YouthAsync("Noor");
        var before = await factory.WithDbAsync(db => db.AuditEvents.MaxAsync(e => e.Id));
        Assert.Equal(HttpStatusCode.OK, (await (await Browser.LoginAsync(factory, DemoSeed.Email.Noor)).GetAsync("/Me/Sharing")).StatusCode);
        var noorUser = await factory.UserIdAsync(DemoSeed.Email.Noor);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Id > before && e.YouthId == noor && e.UserId == noorUser
            && e.EventType == "Register" && e.Action == AuditAction.Read && e.Outcome == AuditOutcome.Success)));
    }

    [Fact]
    public async Task A_token_acts_on_behalf_of_its_owner_and_names_itself_as_the_client()
    {
        var noor = await factory.YouthAsync("Noor");
        var api = await FhirClient.TokenClientAsync(factory, DemoSeed.Email.Mentor);
        var mentorUser = await factory.UserIdAsync(DemoSeed.Email.Mentor);
        var token = await factory.WithDbAsync(db => db.AccessTokens.Where(t => t.UserId == mentorUser).OrderByDescending(t => t.CreatedAt).Select(t => t.Id).FirstAsync());
        var before = await factory.WithDbAsync(db => db.AuditEvents.MaxAsync(e => e.Id));

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/fhir/Patient/{noor}")).StatusCode);

        var row = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Id > before && e.YouthId == noor).OrderBy(e => e.Id).FirstAsync());
        Assert.Equal((mentorUser, mentorUser, token.ToString()), (row.UserId, row.ActingForUserId, row.Client));
        // A page visit is the user acting for themselves: no acting-for user.
        await (await Browser.LoginAsync(factory, DemoSeed.Email.Mentor)).GetPageAsync($"/Youths/Details?id={noor}");
        Assert.Null(await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.YouthId == noor && e.Client == "web").OrderByDescending(e => e.Id).Select(e => e.ActingForUserId).FirstAsync()));
    }
}

public sealed class AuditPerPageTests_Sqlite(SqliteFactory f) : AuditPerPageTests(f), IClassFixture<SqliteFactory>;
public sealed class AuditPerPageTests_Postgres(PostgresFactory f) : AuditPerPageTests(f), IClassFixture<PostgresFactory>;
