using System.Net;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Samenspel.Domain.Access;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.EvaluationsAndAgreements;
using Samenspel.Web.Tests.Infrastructure;
using static Samenspel.Web.Tests.Messages.MessagesTestKit;
using Task = System.Threading.Tasks.Task;

namespace Samenspel.Web.Tests.Messages;

/// <summary>A 16+ youth's shield over messages and contact notes, on all four paths (pages, e-mail, FHIR, notifications),
/// and FHIR Communication and CommunicationRequest allowed and refused, on SQLite and PostgreSQL. Each test builds its
/// own family (<see cref="Families"/>).</summary>
public abstract class MessagesShieldAndFhirTests(SamenspelFactory factory, SmtpServer smtp)
{
    [Fact]
    public async Task Messages_and_contact_notes_about_a_16_plus_youth_who_shields_them_never_reach_that_parent()
    {
        var family = await factory.DaanAsync();
        var (daanId, anja, kees) = (family.YouthId, family.Mother.Id, family.Father.Id);
        await factory.SendMailAsync();
        var eva = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        // Written to the father before the shield, mailed only after it: the mail is decided when it is sent.
        const string ToKees = "Kees, Daan wil het weekend bij een vriend slapen.";
        Assert.Equal(HttpStatusCode.Redirect, (await eva.WriteAsync($"/Messages?youthId={daanId}", ToKees, to: kees.ToString())).StatusCode);
        var keesMessage = await factory.WithDbAsync(db => db.Messages.Where(m => m.Text == ToKees).Select(m => m.Id).SingleAsync());
        await factory.ShieldAsync(daanId, kees, DataCategory.Messages);
        await factory.ShieldAsync(daanId, kees, DataCategory.ContactLog);

        const string ToAnja = "Anja, Daan heeft een nieuwe vriendin.";
        const string Note = "Daan vertelde over ruzie thuis met zijn vader.";
        await eva.WriteAsync($"/Messages?youthId={daanId}", ToAnja, to: anja.ToString());
        await eva.PostFormAsync($"/Contacts/New?youthId={daanId}", new()
        {
            ["Input.SubmissionId"] = Guid.NewGuid().ToString(), ["Input.With"] = "youth", ["Input.Reached"] = "True", ["Input.Channel"] = "Phone",
            ["Input.Direction"] = "Outbound", ["Input.Reason"] = "Concern",
            ["Input.When"] = TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).ToString("yyyy-MM-dd'T'HH:mm"),
            ["Input.Note"] = Note,
        });
        var daan = await Browser.LoginAsync(factory, family.YouthEmail);
        await daan.PostFormAsync($"/Messages/Absence?youthId={daanId}", new()
        {
            ["Input.Kind"] = "Absent", ["Input.From"] = TestData.Iso(factory.Today()), ["Input.Until"] = TestData.Iso(factory.Today()), ["Input.Note"] = "Naar de tandarts",
        });
        await daan.WriteAsync($"/Messages/Thread?youthId={daanId}", "Ik wil niet dat mijn vader dit leest.", needsAnswer: true);

        // E-mail: the mother is told; the father gets nothing at all.
        var before = smtp.MailTo(family.Father.Email).Count;
        var motherBefore = smtp.MailTo(family.Mother.Email).Count;
        await factory.SendMailAsync();
        Assert.Equal(before, smtp.MailTo(family.Father.Email).Count);
        Assert.Equal(2, smtp.MailTo(family.Mother.Email).Count - motherBefore); // the message and the absence
        Assert.All(smtp.Messages(), m => Assert.DoesNotContain("ruzie", m.TextBody ?? ""));

        // Pages and notifications: refused and audited; no link, no badge, no absence notice, no text anywhere.
        var father = await Browser.LoginAsync(factory, family.Father.Email);
        foreach (var url in new[] { $"/Messages/Thread?youthId={daanId}", $"/Messages?youthId={daanId}", $"/Messages/Requests?youthId={daanId}",
                     $"/Messages/Absence?youthId={daanId}", $"/Messages/Attachment?youthId={daanId}&id={keesMessage}", $"/Contacts?youthId={daanId}" })
            Assert.Equal(HttpStatusCode.Forbidden, (await father.GetAsync(url)).StatusCode);
        var keesUser = await factory.UserIdAsync(family.Father.Email);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.YouthId == daanId && e.UserId == keesUser && e.EventType == "Messages" && e.Outcome == AuditOutcome.Denied)));
        foreach (var url in new[] { "/", "/Family", $"/Youths/Details?id={daanId}", $"/Plan?youthId={daanId}", $"/Agreements?youthId={daanId}" })
        {
            var body = await (await father.GetAsync(url)).TextAsync();
            Assert.DoesNotContain("/Messages", body);
            Assert.DoesNotContain("data-testid=\"unread\"", body);
            Assert.DoesNotContain("data-testid=\"absence-notice\"", body);
            foreach (var secret in new[] { ToKees, ToAnja, Note, "tandarts", "vader dit leest" }) Assert.DoesNotContain(secret, body);
        }
        var posted = await father.WriteAsync($"/Messages/Thread?youthId={daanId}", "Hallo?", formPage: "/Accounts/Login");
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);

        // API: the father's token reads no Communication and no contact note; the mother's reads hers only.
        var fathersApi = await FhirClient.TokenClientAsync(factory, family.Father.Email);
        Assert.Equal(HttpStatusCode.Forbidden, (await fathersApi.GetAsync($"/fhir/Communication/{keesMessage}")).StatusCode);
        Assert.Empty(await FhirClient.SearchAsync<Communication>(fathersApi, $"/fhir/Communication?subject=Patient/{daanId}"));
        Assert.Empty(await FhirClient.SearchAsync<Communication>(fathersApi, "/fhir/Communication"));
        Assert.Empty(await FhirClient.SearchAsync<CommunicationRequest>(fathersApi, $"/fhir/CommunicationRequest?subject=Patient/{daanId}"));
        foreach (var type in new[] { "Patient", "RelatedPerson", "CareTeam", "CarePlan", "Goal", "Communication", "CommunicationRequest" })
        {
            var body = await (await fathersApi.GetAsync($"/fhir/{type}")).Content.ReadAsStringAsync();
            foreach (var secret in new[] { ToKees, ToAnja, Note, "tandarts" }) Assert.DoesNotContain(secret, body);
        }
        var mothersApi = await FhirClient.TokenClientAsync(factory, family.Mother.Email);
        var hers = await FhirClient.SearchAsync<Communication>(mothersApi, $"/fhir/Communication?subject=Patient/{daanId}");
        Assert.Contains(hers, c => c.Payload[0].Content is FhirString { Value: ToAnja });
        Assert.DoesNotContain(hers, c => c.Payload[0].Content is FhirString { Value: ToKees });
    }

    [Fact]
    public async Task Communication_and_CommunicationRequest_are_read_and_searched_under_the_policy_and_audited()
    {
        var family = await factory.NoorAsync();
        var (noorId, ingrid, mark) = (family.YouthId, family.Mother.Id, family.Father.Id);
        var eva = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var toIngrid = Guid.NewGuid();
        await eva.WriteAsync($"/Messages?youthId={noorId}", "Welkom bij het team.", to: ingrid.ToString(), submission: toIngrid, needsAnswer: true, file: ("plan.pdf", Pdf));
        var toMark = Guid.NewGuid();
        await eva.WriteAsync($"/Messages?youthId={noorId}", "Welkom, Mark.", to: mark.ToString(), submission: toMark);
        var mother = await Browser.LoginAsync(factory, family.Mother.Email);
        var request = Guid.NewGuid();
        await mother.PostFormAsync($"/Messages/Requests?youthId={noorId}", new() { ["Input.Kind"] = "Call", ["Input.Text"] = "Bel mij na 17 uur.", ["Input.SubmissionId"] = request.ToString() });

        var staffApi = await FhirClient.TokenClientAsync(factory, DemoSeed.Email.Mentor);
        var (communication, _) = await FhirClient.GetAsync<Communication>(staffApi, $"/fhir/Communication/{toIngrid}");
        Assert.Equal(EventStatus.Completed, communication.Status);
        Assert.Equal($"Patient/{noorId}", communication.Subject!.Reference);
        Assert.StartsWith("Practitioner/", communication.Sender!.Reference);
        var link = await factory.WithDbAsync(db => db.CarerLinks.Where(l => l.YouthId == noorId && l.CarerId == ingrid).Select(l => l.Id).SingleAsync());
        Assert.Equal($"RelatedPerson/{link}", Assert.Single(communication.Recipient).Reference);
        Assert.Equal("Welkom bij het team.", ((FhirString)communication.Payload[0].Content).Value);
        var attachment = Assert.IsType<Attachment>(communication.Payload[1].Content);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Equal("plan.pdf", attachment.Title);
        Assert.True(Assert.IsType<FhirBoolean>(communication.GetExtension("https://samenspel.nl/fhir/StructureDefinition/needs-answer")?.Value).Value);
        var all = await FhirClient.SearchAsync<Communication>(staffApi, $"/fhir/Communication?subject=Patient/{noorId}");
        Assert.Contains(all, c => c.Id == toIngrid.ToString());
        Assert.Contains(all, c => c.Id == toMark.ToString());
        var (asked, _) = await FhirClient.GetAsync<CommunicationRequest>(staffApi, $"/fhir/CommunicationRequest/{request}");
        Assert.Equal(RequestStatus.Active, asked.Status);
        Assert.Equal($"RelatedPerson/{link}", asked.Requester!.Reference);
        Assert.Equal("Bel mij na 17 uur.", ((FhirString)asked.Payload[0].Content).Value);
        Assert.Equal("telefoontje", asked.Category[0].Text);

        // The mother reads her own thread and request; the father neither.
        var mothersApi = await FhirClient.TokenClientAsync(factory, family.Mother.Email);
        var hers = await FhirClient.SearchAsync<Communication>(mothersApi, $"/fhir/Communication?subject=Patient/{noorId}");
        Assert.Contains(hers, c => c.Id == toIngrid.ToString());
        Assert.DoesNotContain(hers, c => c.Id == toMark.ToString());
        await FhirClient.GetAsync<OperationOutcome>(mothersApi, $"/fhir/Communication/{toMark}", HttpStatusCode.NotFound);
        Assert.Contains(await FhirClient.SearchAsync<CommunicationRequest>(mothersApi, "/fhir/CommunicationRequest"), r => r.Id == request.ToString());
        var fathersApi = await FhirClient.TokenClientAsync(factory, family.Father.Email);
        await FhirClient.GetAsync<OperationOutcome>(fathersApi, $"/fhir/CommunicationRequest/{request}", HttpStatusCode.NotFound);

        // The team lead and an unrelated parent are refused; refusals and reads are audited under the token's user.
        var leadApi = await FhirClient.TokenClientAsync(factory, DemoSeed.Email.TeamLead);
        await FhirClient.GetAsync<OperationOutcome>(leadApi, $"/fhir/Communication/{toIngrid}", HttpStatusCode.Forbidden);
        Assert.Empty(await FhirClient.SearchAsync<Communication>(leadApi, $"/fhir/Communication?subject=Patient/{noorId}"));
        var strangerApi = await FhirClient.TokenClientAsync(factory, DemoSeed.Email.SamsMother);
        await FhirClient.GetAsync<OperationOutcome>(strangerApi, $"/fhir/CommunicationRequest/{request}", HttpStatusCode.NotFound);
        var leadUser = await factory.UserIdAsync(DemoSeed.Email.TeamLead);
        var motherUser = await factory.UserIdAsync(family.Mother.Email);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.UserId == leadUser && e.YouthId == noorId && e.EventType == "Messages" && e.Outcome == AuditOutcome.Denied)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.UserId == motherUser && e.YouthId == noorId && e.EventType == "Messages" && e.Action == AuditAction.Read && e.Outcome == AuditOutcome.Success)));

        // Bad input answers an OperationOutcome.
        await FhirClient.GetAsync<OperationOutcome>(staffApi, "/fhir/Communication?subject=Patient/niet-een-id", HttpStatusCode.BadRequest);
        await FhirClient.GetAsync<OperationOutcome>(staffApi, "/fhir/Communication?patient=x", HttpStatusCode.BadRequest);
        await FhirClient.GetAsync<OperationOutcome>(staffApi, "/fhir/CommunicationRequest/123", HttpStatusCode.BadRequest);
        await FhirClient.GetAsync<OperationOutcome>(staffApi, $"/fhir/Communication/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        var (metadata, _) = await FhirClient.GetAsync<CapabilityStatement>(staffApi, "/fhir/metadata");
        Assert.Contains(metadata.Rest[0].Resource, r => r.Type == "Communication");
        Assert.Contains(metadata.Rest[0].Resource, r => r.Type == "CommunicationRequest");
    }
}

public sealed class MessagesShieldAndFhirTests_Sqlite(SqliteWithSmtpFactory f) : MessagesShieldAndFhirTests(f, f.Smtp), IClassFixture<SqliteWithSmtpFactory>;
public sealed class MessagesShieldAndFhirTests_Postgres(PostgresWithSmtpFactory f) : MessagesShieldAndFhirTests(f, f.Smtp), IClassFixture<PostgresWithSmtpFactory>;
