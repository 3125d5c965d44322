using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Domain.Register;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.EvaluationsAndAgreements;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Messages;

/// <summary>Carers' requests, absence reports and the mentor change with its introduction, on SQLite and PostgreSQL. Each
/// test builds its own family (<see cref="Families"/>, <see cref="YouthBuilder"/>): the mentor change no longer moves
/// the demo Lotte to another mentor for the rest of the fixture.</summary>
public abstract class RequestsAbsenceAndMentorChangeTests(SamenspelFactory factory, SmtpServer smtp)
{
    Task<HttpResponseMessage> AskAsync(Browser carer, Guid youthId, string kind, string text, Guid? submission = null) =>
        carer.PostFormAsync($"/Messages/Requests?youthId={youthId}", new()
        {
            ["Input.Kind"] = kind, ["Input.Text"] = text, ["Input.SubmissionId"] = (submission ?? Guid.NewGuid()).ToString(),
        });

    [Fact]
    public async Task A_carers_request_stays_open_on_the_caseload_until_the_team_plans_it_and_every_change_is_audited()
    {
        var family = await factory.NoorAsync();
        var noorId = family.YouthId;
        var mother = await Browser.LoginAsync(factory, family.Mother.Email);
        var submission = Guid.NewGuid();
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await AskAsync(mother, noorId, "Meeting", "Ik wil graag kennismaken met de mentor.", submission)).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.CarerRequests.CountAsync(r => r.Id == submission)));
        var mine = await mother.PageTextAsync($"/Messages/Requests?youthId={noorId}");
        Assert.Contains("Ik wil graag kennismaken met de mentor.", mine);
        Assert.Contains($"data-id=\"{submission}\" data-status=\"Open\"", mine);

        var eva = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        Assert.Contains($"data-testid=\"open-request\" data-youth=\"{noorId}\" data-id=\"{submission}\"", await eva.GetPageAsync("/Caseload"));
        // Another parent does not see it; the team lead cannot read it.
        Assert.DoesNotContain("kennismaken", await (await Browser.LoginAsync(factory, family.Father.Email)).PageTextAsync($"/Messages/Requests?youthId={noorId}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Browser.LoginAsync(factory, DemoSeed.Email.TeamLead)).GetAsync($"/Messages/Requests?youthId={noorId}")).StatusCode);

        // A date in the past and an empty answer are refused, and what was typed stays.
        var answerUrl = $"/Messages/Answer?youthId={noorId}&id={submission}";
        var yesterday = TestData.Iso(factory.Today().AddDays(-1));
        var refused = await eva.PostFormAsync(answerUrl, new() { ["Input.Status"] = "Planned", ["Input.PlannedOn"] = yesterday, ["Input.Answer"] = "Dinsdag om 10 uur op kantoor." });
        var page = await refused.TextAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Deze dag is al geweest. Kies vandaag of later.", page);
        Assert.Contains(">Dinsdag om 10 uur op kantoor.</textarea>", page);
        Assert.Contains($"value=\"{yesterday}\"", page);
        Assert.Contains("Schrijf een antwoord. De ouder leest het.", await (await eva.PostFormAsync(answerUrl, new() { ["Input.Status"] = "Done", ["Input.Answer"] = "" })).TextAsync());
        Assert.Contains($"data-id=\"{submission}\" data-status=\"Open\"", await mother.PageTextAsync($"/Messages/Requests?youthId={noorId}"));

        var nextWeek = factory.Today().AddDays(7);
        Assert.Equal(HttpStatusCode.Redirect, (await eva.PostFormAsync(answerUrl, new()
        {
            ["Input.Status"] = "Planned", ["Input.PlannedOn"] = TestData.Iso(nextWeek), ["Input.Answer"] = "Dinsdag om 10 uur op kantoor.",
        })).StatusCode);
        var answered = await mother.PageTextAsync($"/Messages/Requests?youthId={noorId}");
        Assert.Contains($"data-id=\"{submission}\" data-status=\"Planned\"", answered);
        Assert.Contains("Antwoord van Eva de Boer:</strong> Dinsdag om 10 uur op kantoor.", answered);
        Assert.DoesNotContain($"data-id=\"{submission}\"", await eva.GetPageAsync("/Caseload"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.EventType == "Messages" && e.Action == AuditAction.Update && e.ObjectType == nameof(CarerRequest) && e.ObjectId == submission.ToString())));
    }

    public static TheoryData<string, string, string> BadRequests => new()
    {
        { "", "Kunt u mij bellen?", "Kies wat u wilt vragen." },
        { "Fax", "Kunt u mij bellen?", "Kies wat u wilt vragen." },
        { "Call", "", "Schrijf kort waar het over gaat." },
        { "Call", new string('x', 2001), "De tekst is te lang (maximaal 2000 tekens)." },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_request_gets_a_Dutch_message_and_keeps_what_was_typed(string kind, string text, string message)
    {
        var family = await factory.NoorAsync();
        var noorId = family.YouthId;
        var before = await factory.WithDbAsync(db => db.CarerRequests.CountAsync());
        var response = await AskAsync(await Browser.LoginAsync(factory, family.Mother.Email), noorId, kind, text);
        var page = await response.TextAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page);
        Assert.DoesNotContain("is not valid", page);
        Assert.Contains($">{text}</textarea>", page);
        Assert.Equal(before, await factory.WithDbAsync(db => db.CarerRequests.CountAsync()));
        // Staff do not file requests in a carer's name.
        var staff = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostFormAsync($"/Messages/Requests?youthId={noorId}",
            new() { ["Input.Kind"] = "Call", ["Input.Text"] = "Bellen" }, formPage: $"/Messages?youthId={noorId}")).StatusCode);
    }

    [Fact]
    public async Task Absence_reported_by_the_youth_reaches_the_carers_with_authority_and_the_caseload()
    {
        var family = await factory.NoorAsync();
        var noorId = family.YouthId;
        await factory.SendMailAsync();
        var noor = await Browser.LoginAsync(factory, family.YouthEmail);
        var today = factory.Today();
        var past = await noor.PostFormAsync($"/Messages/Absence?youthId={noorId}", new()
        {
            ["Input.Kind"] = "Sick", ["Input.From"] = TestData.Iso(today.AddDays(-2)), ["Input.Until"] = TestData.Iso(today), ["Input.Note"] = "Griep",
        });
        var page = await past.TextAsync();
        Assert.Contains("Deze dag is al geweest. Meld afwezigheid vanaf vandaag.", page);
        Assert.Contains(">Griep</textarea>", page);
        var reversed = await noor.PostFormAsync($"/Messages/Absence?youthId={noorId}", new()
        {
            ["Input.Kind"] = "Sick", ["Input.From"] = TestData.Iso(today.AddDays(2)), ["Input.Until"] = TestData.Iso(today), ["Input.Note"] = "Griep",
        });
        Assert.Contains("De laatste dag ligt voor de eerste dag.", await reversed.TextAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.AbsenceReports.CountAsync(a => a.YouthId == noorId)));

        var submission = Guid.NewGuid().ToString();
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await noor.PostFormAsync($"/Messages/Absence?youthId={noorId}", new()
            {
                ["Input.Kind"] = "Sick", ["Input.From"] = TestData.Iso(today), ["Input.Until"] = TestData.Iso(today.AddDays(1)),
                ["Input.Note"] = "Griep", ["Input.SubmissionId"] = submission,
            })).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AbsenceReports.CountAsync(a => a.YouthId == noorId)));

        var (mother, father) = (smtp.MailTo(family.Mother.Email).Count, smtp.MailTo(family.Father.Email).Count);
        await factory.SendMailAsync();
        var mail = Assert.Single(smtp.MailTo(family.Mother.Email).Skip(mother));
        Assert.Equal("Noor is ziek gemeld", mail.Subject);
        Assert.Contains("Noor heeft Noor ziek gemeld", mail.TextBody);
        Assert.DoesNotContain("Griep", mail.TextBody);
        Assert.Single(smtp.MailTo(family.Father.Email).Skip(father));
        Assert.Equal(0, await factory.SendMailAsync());

        Assert.Contains("data-testid=\"absence-notice\"", await (await Browser.LoginAsync(factory, family.Mother.Email)).GetPageAsync("/Family"));
        Assert.Contains($"data-testid=\"absent\" data-youth=\"{noorId}\"", await (await Browser.LoginAsync(factory, DemoSeed.Email.Mentor)).GetPageAsync("/Caseload"));
    }

    [Fact]
    public async Task After_a_mentor_change_the_threads_stay_and_the_family_is_introduced_to_the_new_mentor()
    {
        var lotteId = await new YouthBuilder(factory).Named("Lotte", "Hendriks").Aged(13).WithMentor(DemoSeed.Email.SouthMentor)
            .WithCarer("Petra Hendriks", out var petraCarer).WithCarer("Erik Hendriks", out var erikCarer, CarerPosition.ParentWithoutAuthority).BuildAsync();
        var (petra, erik) = (petraCarer.Id, erikCarer.Id);
        var ruben = await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor);
        Assert.Equal(HttpStatusCode.Redirect, (await ruben.WriteAsync($"/Messages?youthId={lotteId}", "Lotte deed het goed bij de sport.", to: petra.ToString())).StatusCode);
        await factory.SendMailAsync();

        var eva = await factory.WithDbAsync(db => db.Staff.Where(s => s.Name == "Eva de Boer").Select(s => s.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await ruben.PostFormAsync($"/Register/ChangeMentor?youthId={lotteId}", new() { ["Input.MentorId"] = eva.ToString() })).StatusCode);
        var newMentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        // Choosing the same mentor again (a second submit) changes nothing and introduces no one twice.
        Assert.Equal(HttpStatusCode.Redirect, (await newMentor.PostFormAsync($"/Register/ChangeMentor?youthId={lotteId}", new() { ["Input.MentorId"] = eva.ToString() })).StatusCode);

        var thread = await newMentor.PageTextAsync($"/Messages/Thread?youthId={lotteId}&with={petra}");
        Assert.Contains("Lotte deed het goed bij de sport.", thread);
        Assert.Contains("Ruben Mulder, namens het team", thread);
        Assert.Contains("ik ben Eva de Boer. Vanaf nu ben ik de mentor van Lotte, in plaats van Ruben Mulder.", thread);
        // One introduction each for Petra and for Lotte herself, in their own threads.
        var introduced = await factory.WithDbAsync(db => db.Messages.Where(m => m.YouthId == lotteId && m.Kind == MessageKind.Introduction)
            .Join(db.MessageThreads, m => m.ThreadId, t => t.Id, (m, t) => t.MemberId).ToListAsync());
        Assert.Equal(new[] { lotteId, petra }.Order(), introduced.Order());
        // The father without authority may not read messages: no thread, no introduction.
        Assert.False(await factory.WithDbAsync(db => db.MessageThreads.AnyAsync(t => t.MemberId == erik)));
        Assert.Equal(HttpStatusCode.NotFound, (await ruben.GetAsync($"/Messages?youthId={lotteId}")).StatusCode);

        Assert.True(await factory.SendMailAsync() >= 1);
        var mail = Assert.Single(smtp.MailTo(petraCarer.Email), m => m.Subject == "Nieuwe mentor voor Lotte");
        Assert.Contains("Lotte heeft een nieuwe mentor: Eva de Boer.", mail.TextBody);
        Assert.Contains($"/Messages/Thread?youthId={lotteId}", mail.TextBody);
        Assert.Empty(smtp.MailTo(erikCarer.Email));
    }
}

public sealed class RequestsAbsenceAndMentorChangeTests_Sqlite(SqliteWithSmtpFactory f) : RequestsAbsenceAndMentorChangeTests(f, f.Smtp), IClassFixture<SqliteWithSmtpFactory>;
public sealed class RequestsAbsenceAndMentorChangeTests_Postgres(PostgresWithSmtpFactory f) : RequestsAbsenceAndMentorChangeTests(f, f.Smtp), IClassFixture<PostgresWithSmtpFactory>;
