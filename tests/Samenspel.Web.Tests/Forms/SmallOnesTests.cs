using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.EvaluationsAndAgreements;
using Samenspel.Web.Tests.Infrastructure;
using Samenspel.Web.Tests.Messages;
using static Samenspel.Web.Tests.Messages.MessagesTestKit;

namespace Samenspel.Web.Tests.Forms;

/// <summary>Issue 11's small ones: a SubmissionId belongs to its author and kind; an attachment's name follows its
/// content; a parent without authority asks the team for information and sees nothing else.</summary>
public abstract class SmallOnesTests(SamenspelFactory factory)
{
    const string NotSaved = "Dit is niet opgeslagen. Kijk het formulier na en verstuur het opnieuw.";

    static Task<HttpResponseMessage> LogContactAsync(Browser staff, Guid youthId, Guid submission, string note) =>
        staff.PostFormAsync($"/Contacts/New?youthId={youthId}", new()
        {
            ["Input.SubmissionId"] = submission.ToString(), ["Input.With"] = "youth", ["Input.Reached"] = "True", ["Input.Channel"] = "Phone",
            ["Input.Direction"] = "Outbound", ["Input.Reason"] = "Update", ["Input.When"] = "22-11-2026 08:00", ["Input.Note"] = note,
        });

    Task<HttpResponseMessage> AnnounceAsync(Browser staff, Guid team, string title, Guid submission) =>
        Announcements.AnnouncementTestData.AnnounceAsync(staff, team.ToString(), "Carers", title,
            Announcements.AnnouncementTestData.InDays(factory, 0), submission: submission);

    [Fact]
    public async Task A_submission_id_of_another_author_or_youth_is_refused_with_the_form_kept_and_a_double_submit_stores_one_row()
    {
        var (samId, noorId) = (await factory.YouthAsync("Sam"), await factory.YouthAsync("Noor"));
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var submission = Guid.NewGuid();
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await LogContactAsync(mentor, samId, submission, "Eerste notitie.")).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ContactLog.CountAsync(e => e.Id == submission)));

        // Another professional, and the same professional about another youth: not "saved", the typed note kept, a fresh id.
        var shadow = await Browser.LoginAsync(factory, DemoSeed.Email.ShadowMentor);
        foreach (var (who, youth) in new[] { (shadow, samId), (mentor, noorId) })
        {
            var refused = await LogContactAsync(who, youth, submission, "Tweede notitie.");
            var page = await refused.TextAsync();
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(NotSaved, page);
            Assert.Contains("Tweede notitie.</textarea>", page);
            Assert.DoesNotContain($"value=\"{submission}\"", page);
        }
        Assert.Equal("Eerste notitie.", await factory.WithDbAsync(db => db.ContactLog.Where(e => e.Id == submission).Select(e => e.Note).SingleAsync()));

        // A youth's journal page with another youth's id; an announcement with a colleague's announcement's id.
        var noor = await Browser.LoginAsync(factory, DemoSeed.Email.Noor);
        var journal = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Redirect, (await noor.PostFormAsync("/Me/Journal", new() { ["Input.SubmissionId"] = journal.ToString(), ["Input.Text"] = "Van Noor." })).StatusCode);
        var daan = await Browser.LoginAsync(factory, DemoSeed.Email.Daan);
        var daans = await daan.PostFormAsync("/Me/Journal", new() { ["Input.SubmissionId"] = journal.ToString(), ["Input.Text"] = "Van Daan." });
        Assert.Equal(HttpStatusCode.OK, daans.StatusCode);
        Assert.Contains(NotSaved, await daans.TextAsync());
        Assert.Equal("Van Noor.", await factory.WithDbAsync(db => db.JournalEntries.Where(j => j.Id == journal).Select(j => j.Text).SingleAsync()));

        var north = await Announcements.AnnouncementTestData.TeamAsync(factory, "Team Noord");
        var announcement = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Redirect, (await AnnounceAsync(mentor, north, "Sportdag", announcement)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AnnounceAsync(mentor, north, "Sportdag", announcement)).StatusCode);
        var counsellor = await Browser.LoginAsync(factory, DemoSeed.Email.Counsellor);
        var clash = await AnnounceAsync(counsellor, north, "Ouderavond", announcement);
        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        Assert.Contains(NotSaved, await clash.TextAsync());
        Assert.Equal("Sportdag", await factory.WithDbAsync(db => db.Announcements.Where(a => a.Id == announcement).Select(a => a.Title).SingleAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Announcements.CountAsync(a => a.Title == "Ouderavond")));
    }

    [Fact]
    public async Task An_attachment_is_stored_and_served_under_the_extension_of_its_content_and_other_content_is_refused()
    {
        var noorId = await factory.YouthAsync("Noor");
        var mother = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother);
        var thread = $"/Messages/Thread?youthId={noorId}";
        var submission = Guid.NewGuid();
        var sent = await mother.PostMultipartAsync(thread, new() { ["Input.Text"] = "Het verslag.", ["Input.SubmissionId"] = submission.ToString() }, ("polyglot.html", Pdf));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("polyglot.pdf", await factory.WithDbAsync(db => db.Messages.Where(m => m.Id == submission).Select(m => m.AttachmentName).SingleAsync()));

        var file = await mother.GetAsync($"/Messages/Attachment?youthId={noorId}&id={submission}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("polyglot.pdf", file.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(Pdf, await file.Content.ReadAsByteArrayAsync());

        // An HTML page named .pdf: refused in Dutch, the text kept, nothing stored.
        var html = "<html><script>alert(1)</script></html>"u8.ToArray();
        var refused = await mother.PostMultipartAsync(thread, new() { ["Input.Text"] = "Nog een.", ["Input.SubmissionId"] = Guid.NewGuid().ToString() }, ("report.pdf", html));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.TextAsync();
        Assert.Contains("Dit soort bestand kan niet mee. Kies een PDF, JPG of PNG.", page);
        Assert.Contains("Nog een.</textarea>", page);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Messages.CountAsync(m => m.Text == "Nog een.")));
    }

    [Fact]
    public async Task A_parent_without_authority_asks_for_information_the_mentor_answers_and_nothing_else_opens()
    {
        var lotteId = await factory.YouthAsync("Lotte");
        var erik = await Browser.LoginAsync(factory, DemoSeed.Email.LottesFather);
        Assert.Contains("data-testid=\"information-request-link\"", await erik.PageTextAsync("/Family"));
        var requests = $"/Messages/Requests?youthId={lotteId}";
        var form = await erik.PageTextAsync(requests);
        Assert.Contains("U kunt het team vragen hoe het met Lotte Hendriks gaat.", form);
        Assert.DoesNotContain("value=\"Meeting\"", form);

        // Only information: a meeting is refused in Dutch.
        var meeting = await erik.PostFormAsync(requests, new() { ["Input.Kind"] = "Meeting", ["Input.Text"] = "Een gesprek?", ["Input.SubmissionId"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.OK, meeting.StatusCode);
        Assert.Contains("U kunt het team alleen om informatie vragen.", await meeting.TextAsync());

        var asked = await erik.PostFormAsync(requests, new() { ["Input.Kind"] = "Information", ["Input.Text"] = "Hoe gaat het met Lotte op school?", ["Input.SubmissionId"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var id = await factory.WithDbAsync(db => db.CarerRequests.Where(r => r.YouthId == lotteId && r.Text == "Hoe gaat het met Lotte op school?").Select(r => r.Id).SingleAsync());

        // The mentor sees it on the caseload and among the requests, and answers.
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor);
        Assert.Contains($"data-testid=\"open-request\" data-youth=\"{lotteId}\" data-id=\"{id}\"", await mentor.PageTextAsync("/Caseload"));
        Assert.Contains("Hoe gaat het met Lotte op school?", await mentor.PageTextAsync(requests));
        var answered = await mentor.PostFormAsync($"/Messages/Answer?youthId={lotteId}&id={id}", new() { ["Input.Status"] = "Done", ["Input.Answer"] = "Het gaat goed. Ze heeft een 7 voor rekenen.", ["Input.PlannedOn"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Contains("Het gaat goed. Ze heeft een 7 voor rekenen.", await erik.PageTextAsync(requests));

        // Nothing else of the file opens.
        foreach (var page in new[] { $"/Plan/Index?youthId={lotteId}", $"/Messages/Thread?youthId={lotteId}", $"/Messages/Absence?youthId={lotteId}", $"/Contacts?youthId={lotteId}" })
            Assert.Contains((await erik.GetAsync(page)).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        var fhir = await FhirClient.TokenClientAsync(factory, DemoSeed.Email.LottesFather);
        var plans = await FhirClient.SearchAsync<Hl7.Fhir.Model.CarePlan>(fhir, $"/fhir/CarePlan?patient=Patient/{lotteId}");
        Assert.Empty(plans);
    }
}

public sealed class SmallOnesTests_Sqlite(SqliteWithSmtpFactory f) : SmallOnesTests(f), IClassFixture<SqliteWithSmtpFactory>;
public sealed class SmallOnesTests_Postgres(PostgresWithSmtpFactory f) : SmallOnesTests(f), IClassFixture<PostgresWithSmtpFactory>;
