using System.Net;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Domain.Access;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Instruments;
using Samenspel.Web.Tests.EvaluationsAndAgreements;
using Samenspel.Web.Tests.Infrastructure;
using Samenspel.Web.Tests.Instruments;
using static Samenspel.Web.Tests.Infrastructure.FhirClient;
using FhirResponse = Hl7.Fhir.Model.QuestionnaireResponse;
using Task = System.Threading.Tasks.Task;

namespace Samenspel.Web.Tests.Alliance;

/// <summary>Alliance measurements through the pages and the FHIR API: starting one inside the window, filling in
/// with a server-side draft and an idempotent send, bad input, paper, the 16+ shield, and scores from stored
/// ordinals. Tests share one database per provider, so each works on its own youth or its own measurement.</summary>
public abstract class MeasurementTests(SamenspelFactory factory)
{
    const string PostedAnswer = "a:";

    static Dictionary<string, string> Answers(IEnumerable<string> linkIds, string code, Guid submission, Dictionary<string, string>? extra = null)
    {
        var fields = linkIds.ToDictionary(l => PostedAnswer + l, _ => code);
        fields["SubmissionId"] = submission.ToString();
        foreach (var (k, v) in extra ?? []) fields[k] = v;
        return fields;
    }

    [Fact]
    public async Task Mentor_sees_the_due_measurement_and_starts_it_on_a_day_inside_the_window_once()
    {
        var samId = await factory.YouthAsync("Sam");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        // Sam started two months ago with no measurement: the first (due within six weeks) is late.
        var caseload = await mentor.PageTextAsync("/Caseload");
        Assert.Contains($"data-testid=\"measurement-due\" data-youth=\"{samId}\" data-measurement-state=\"Overdue\"", caseload);
        Assert.Contains($"href=\"/Alliance/Start?youthId={samId}\"", caseload);

        var start = await factory.WithDbAsync(db => db.Trajectories.Where(t => t.YouthId == samId).Select(t => t.StartDate).SingleAsync());
        var version = await factory.AllianceVersionAsync();
        Task<HttpResponseMessage> StartAsync(string day, Guid submission, string kind = "planned") =>
            mentor.PostFormAsync($"/Alliance/Start?youthId={samId}", new()
            {
                ["Input.Kind"] = kind, ["Input.InstrumentVersionId"] = version.ToString(), ["Input.PlannedOn"] = day, ["Input.SubmissionId"] = submission.ToString(),
            });

        // Before the trajectory started: refused in plain Dutch, what was typed is kept, nothing stored.
        var before = TestData.Iso(start.AddDays(-1));
        var refused = await StartAsync(before, Guid.NewGuid());
        var page = await refused.TextAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Kies een dag van", page);
        Assert.Contains("minstens 4 weken voor of na een andere meting", page);
        Assert.Contains($"value=\"{before}\"", page);
        var bad = await StartAsync("morgen", Guid.NewGuid());
        Assert.Contains("Vul een datum in, bijvoorbeeld 23-11-2026.", await bad.TextAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Measurements.CountAsync(m => m.YouthId == samId)));

        // Today, twice with the same submission id: one measurement, the first one.
        var submission = Guid.NewGuid();
        for (var i = 0; i < 2; i++)
        {
            var started = await StartAsync(TestData.Iso(factory.Today()), submission);
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
            Assert.Equal($"/Alliance/Measurements?youthId={samId}&started=true", started.Headers.Location?.OriginalString);
        }
        var measurement = await factory.WithDbAsync(db => db.Measurements.SingleAsync(m => m.YouthId == samId));
        Assert.Equal((submission, MeasurementKind.First, factory.Today()), (measurement.Id, measurement.Purpose, measurement.PlannedOn));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.YouthId == samId && e.EventType == "AllianceAnswers"
            && e.Action == AuditAction.Create && e.ObjectId == submission.ToString())));

        // An extra one a week later is too close to it.
        var tooClose = await StartAsync(TestData.Iso(factory.Today().AddDays(7)), Guid.NewGuid(), kind: "adhoc");
        Assert.Contains("minstens 4 weken voor of na een andere meting", await tooClose.TextAsync());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Measurements.CountAsync(m => m.YouthId == samId)));

        // The badge is gone (the midway measurement is months away); the overview lists who still answers.
        Assert.DoesNotContain($"data-testid=\"measurement-due\" data-youth=\"{samId}\"", await mentor.PageTextAsync("/Caseload"));
        var overview = await mentor.PageTextAsync($"/Alliance/Measurements?youthId={samId}&started=true");
        Assert.Contains("De meting is gestart.", overview);
        Assert.Contains("data-seat=\"youth\" data-status=\"Open\"", overview);
        Assert.Contains("data-seat=\"mentor\" data-status=\"Open\"", overview);

        // The behavioural scientist does not administer, and reads alliance results only of a measurement the mentor
        // shared for supervision (AllianceResultsTests); the team lead and a parent do neither.
        var scientist = await Browser.LoginAsync(factory, DemoSeed.Email.Scientist);
        Assert.Equal(HttpStatusCode.Forbidden, (await scientist.GetAsync($"/Alliance/Start?youthId={samId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await scientist.GetAsync($"/Alliance/Measurements?youthId={samId}")).StatusCode);
        var lead = await Browser.LoginAsync(factory, DemoSeed.Email.TeamLead);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/Alliance/Start?youthId={samId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/Alliance/Measurements?youthId={samId}")).StatusCode);
        var mother = await Browser.LoginAsync(factory, DemoSeed.Email.SamsMother);
        Assert.Equal(HttpStatusCode.Forbidden, (await mother.GetAsync($"/Alliance/Start?youthId={samId}")).StatusCode);
    }

    [Fact]
    public async Task Youth_draft_survives_a_reload_and_a_double_send_stores_one_response()
    {
        var noorId = await factory.YouthAsync("Noor");
        var version = await factory.AllianceVersionAsync();
        var measurementId = await new MeasurementBuilder(factory, noorId).PlannedOn(factory.Today()).BuildAsync();
        var linkIds = await factory.LinkIdsAsync(version, Respondent.Youth);
        Assert.Equal(20, linkIds.Count);
        var noor = await Browser.LoginAsync(factory, DemoSeed.Email.Noor);

        // Home page, then the transparency screen: what for, who sees it (both parents with authority), what next.
        Assert.Contains($"href=\"/Alliance/About?measurementId={measurementId}\"", await noor.PageTextAsync("/Me"));
        var about = await noor.PageTextAsync($"/Alliance/About?measurementId={measurementId}");
        Assert.Contains("Waarvoor is dit?", about);
        Assert.Contains("Wie ziet de antwoorden?", about);
        Assert.Contains("Ingrid Peters (ouder met gezag)", about);
        Assert.Contains("Mark Peters (ouder met gezag)", about);
        Assert.Contains("Eva de Boer (mentor)", about);
        Assert.Contains("Wat gebeurt er daarna?", about);
        Assert.Contains("niet gevalideerd", about);

        // Half the statements and a comment, kept with "Tussendoor bewaren".
        var fill = $"/Alliance/Fill?measurementId={measurementId}";
        var submission = AllianceTestData.SubmissionIdOn(await noor.PageTextAsync(fill));
        var half = Answers(linkIds.Take(10), "4", submission, new() { ["c:" + linkIds[0]] = "Ze luistert echt naar me." });
        var saved = await noor.PostFormAsync(fill + "&handler=Save", half, fill);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Je antwoorden zijn bewaard.", await saved.TextAsync());
        var draft = await factory.WithDbAsync(db => db.Responses.Include(r => r.Answers).AsNoTracking().SingleAsync(r => r.MeasurementId == measurementId));
        Assert.Equal((ResponseStatus.InProgress, submission, 10, Respondent.Youth), (draft.Status, draft.SubmissionId, draft.Answers.Count, draft.Respondent));

        // A reload shows them; the script's save on a change keeps one more.
        var reloaded = await noor.PageTextAsync(fill);
        Assert.Equal(submission, AllianceTestData.SubmissionIdOn(reloaded));
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Matches(reloaded, "value=\"4\" checked").Count);
        Assert.Contains(">Ze luistert echt naar me.</textarea>", reloaded);
        Assert.Contains("<input type=\"radio\" id=\"q1-o3\" name=\"a:band-veilig\" value=\"4\" checked=\"checked\"><label for=\"q1-o3\">mee eens</label>", reloaded);
        var autosave = await noor.PostFormAsync(fill + "&handler=Autosave", Answers(linkIds.Take(11), "4", submission), fill);
        Assert.Equal(HttpStatusCode.NoContent, autosave.StatusCode);

        // Sending with statements left open: a Dutch message at each, nothing lost, still a draft.
        var incomplete = await noor.PostFormAsync(fill, Answers(linkIds.Take(11), "4", submission), fill);
        var page = await incomplete.TextAsync();
        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        Assert.Contains("Nog niet alles is goed ingevuld.", page);
        Assert.Equal(9, System.Text.RegularExpressions.Regex.Matches(page, "Kies een antwoord.").Count);
        Assert.Equal(11, System.Text.RegularExpressions.Regex.Matches(page, "value=\"4\" checked").Count);
        Assert.Equal(ResponseStatus.InProgress, await factory.WithDbAsync(db => db.Responses.Where(r => r.MeasurementId == measurementId).Select(r => r.Status).SingleAsync()));

        // All of them, sent twice (a double click, or Back and send again): one completed response, the same thanks.
        var comment = new Dictionary<string, string> { ["c:" + linkIds[0]] = "Ze luistert echt naar me." };
        var all = WithToken(Answers(linkIds, "5", submission, comment), await noor.GetPageAsync(fill));
        string? thanks = null;
        for (var i = 0; i < 2; i++)
        {
            var sent = await noor.Client.PostAsync(fill, new FormUrlEncodedContent(all));
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            thanks ??= sent.Headers.Location!.OriginalString;
            Assert.Equal(thanks, sent.Headers.Location!.OriginalString);
        }
        // A send from another tab with its own submission id finds the completed response too.
        var otherTab = await noor.Client.PostAsync(fill, new FormUrlEncodedContent(new Dictionary<string, string>(all) { ["SubmissionId"] = Guid.NewGuid().ToString(), [PostedAnswer + linkIds[1]] = "1" }));
        Assert.Equal(thanks, otherTab.Headers.Location!.OriginalString);
        var response = await factory.WithDbAsync(db => db.Responses.Include(r => r.Answers).AsNoTracking().SingleAsync(r => r.MeasurementId == measurementId));
        Assert.Equal((ResponseStatus.Completed, 20), (response.Status, response.Answers.Count));
        Assert.All(response.Answers, a => Assert.Equal((5m, "5"), (a.Ordinal, a.ValueCode)));
        Assert.Equal("Ze luistert echt naar me.", response.Answers.Single(a => a.LinkId == linkIds[0]).Comment);
        Assert.Equal($"/Alliance/Thanks?responseId={response.Id}", thanks);
        Assert.Contains("Bedankt!", await noor.PageTextAsync(thanks!));
        // The home page no longer asks; the fill-in page sends to the thanks page.
        Assert.DoesNotContain($"/Alliance/About?measurementId={measurementId}", await noor.PageTextAsync("/Me"));
        Assert.Equal(thanks, (await noor.GetAsync(fill)).Headers.Location?.OriginalString);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.YouthId == noorId && e.EventType == "AllianceAnswers"
            && e.Action == AuditAction.Update && e.ObjectType == nameof(Response) && e.ObjectId == response.Id.ToString())));
    }

    [Fact]
    public async Task A_save_that_read_the_draft_before_the_send_cannot_overwrite_the_sent_answers()
    {
        var noorId = await factory.YouthAsync("Noor");
        var version = await factory.AllianceVersionAsync();
        var measurementId = await new MeasurementBuilder(factory, noorId).PlannedOn(factory.Today().AddDays(-160)).BuildAsync();
        var linkIds = await factory.LinkIdsAsync(version, Respondent.Youth);
        var noor = await Browser.LoginAsync(factory, DemoSeed.Email.Noor);
        var fill = $"/Alliance/Fill?measurementId={measurementId}";
        var submission = AllianceTestData.SubmissionIdOn(await noor.PageTextAsync(fill));
        await noor.PostFormAsync(fill + "&handler=Save", Answers(linkIds.Take(5), "2", submission), fill);

        // A slow autosave has read the draft; meanwhile the form is sent.
        using var scope = factory.Services.CreateScope();
        var slow = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
        var stale = await slow.Responses.Include(r => r.Answers).SingleAsync(r => r.MeasurementId == measurementId);
        Assert.Equal(HttpStatusCode.Redirect, (await noor.PostFormAsync(fill, Answers(linkIds, "5", submission), fill)).StatusCode);
        stale.Answers.Clear();
        stale.Revision++;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => slow.SaveChangesAsync());

        var sent = await factory.WithDbAsync(db => db.Responses.Include(r => r.Answers).AsNoTracking().SingleAsync(r => r.MeasurementId == measurementId));
        Assert.Equal((ResponseStatus.Completed, 20), (sent.Status, sent.Answers.Count));
        Assert.All(sent.Answers, a => Assert.Equal(5m, a.Ordinal));
    }

    /// <summary>Posts the fields with the antiforgery token of a page the browser just loaded.</summary>
    static Dictionary<string, string> WithToken(Dictionary<string, string> fields, string page)
    {
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        return new(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) };
    }

    [Fact]
    public async Task Bad_values_get_a_Dutch_message_at_the_statement_and_keep_the_rest()
    {
        var noorId = await factory.YouthAsync("Noor");
        var version = await factory.AllianceVersionAsync();
        var measurementId = await new MeasurementBuilder(factory, noorId).PlannedOn(factory.Today().AddDays(-40)).BuildAsync();
        var linkIds = await factory.LinkIdsAsync(version, Respondent.Mentor);
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var fill = $"/Alliance/Fill?measurementId={measurementId}";
        var submission = AllianceTestData.SubmissionIdOn(await mentor.PageTextAsync(fill));

        await mentor.PostFormAsync(fill + "&handler=Save", Answers(linkIds.Take(2), "3", submission), fill);
        var fields = Answers(linkIds.Take(3), "4", submission, new() { ["c:" + linkIds[2]] = new string('x', 1001) });
        fields[PostedAnswer + linkIds[0]] = "9";
        var response = await mentor.PostFormAsync(fill + "&handler=Save", fields, fill);
        var page = await response.TextAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies een van de antwoorden.", page);
        Assert.Contains("Deze opmerking is te lang (maximaal 1000 tekens).", page);
        Assert.Contains("utrecht-form-field--invalid", page);
        Assert.Contains(new string('x', 1001) + "</textarea>", page);
        // The refused statement keeps what was stored before; the good one is stored; the too-long comment is not.
        var answers = await factory.WithDbAsync(db => db.ResponseAnswers.Where(a => db.Responses.Any(r => r.Id == a.ResponseId && r.MeasurementId == measurementId)).ToListAsync());
        Assert.Equal("3", answers.Single(a => a.LinkId == linkIds[0]).ValueCode);
        Assert.Equal("4", answers.Single(a => a.LinkId == linkIds[1]).ValueCode);
        Assert.DoesNotContain(answers, a => a.LinkId == linkIds[2]);
        Assert.Equal(Respondent.Mentor, await factory.WithDbAsync(db => db.Responses.Where(r => r.MeasurementId == measurementId).Select(r => r.Respondent).SingleAsync()));
    }

    [Fact]
    public async Task Staff_print_a_paper_form_and_type_it_in_with_who_entered_it()
    {
        var noorId = await factory.YouthAsync("Noor");
        var ingrid = await factory.CarerAsync("Ingrid Peters");
        var version = await factory.AllianceVersionAsync();
        var measurementId = await new MeasurementBuilder(factory, noorId).PlannedOn(factory.Today().AddDays(-80)).BuildAsync();
        var linkIds = await factory.LinkIdsAsync(version, Respondent.Parent);
        Assert.Equal(8, linkIds.Count);
        var shadow = await Browser.LoginAsync(factory, DemoSeed.Email.ShadowMentor);

        var print = await shadow.PageTextAsync($"/Alliance/Print?measurementId={measurementId}&seat=carer:{ingrid}");
        Assert.Contains("Voor: Ingrid Peters.", print);
        Assert.Equal(8 * 5, System.Text.RegularExpressions.Regex.Matches(print, "class=\"paper-box\"").Count);
        Assert.Contains("helemaal mee eens", print);

        var paper = $"/Alliance/Paper?measurementId={measurementId}&seat=carer:{ingrid}";
        var submission = AllianceTestData.SubmissionIdOn(await shadow.PageTextAsync(paper));
        // On paper Ingrid left the last statement open: it stays open.
        var fields = Answers(linkIds.SkipLast(1), "2", submission, new() { ["c:" + linkIds[0]] = "Ik hoor te weinig van de mentor." });
        for (var i = 0; i < 2; i++)
        {
            var entered = await shadow.PostFormAsync(paper, new(fields));
            Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
            Assert.Equal($"/Alliance/Measurements?youthId={noorId}&entered=true", entered.Headers.Location?.OriginalString);
        }
        var shadowStaff = await factory.WithDbAsync(db => db.Staff.Where(s => s.Email == DemoSeed.Email.ShadowMentor).Select(s => new { s.Id, s.UserId }).SingleAsync());
        var response = await factory.WithDbAsync(db => db.Responses.Include(r => r.Answers).AsNoTracking().SingleAsync(r => r.MeasurementId == measurementId));
        Assert.Equal((ResponseStatus.Completed, Respondent.Parent, ingrid, shadowStaff.Id, 7), (response.Status, response.Respondent, response.RespondentPersonId, response.EnteredBy, response.Answers.Count));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.YouthId == noorId && e.UserId == shadowStaff.UserId
            && e.EventType == "AllianceAnswers" && e.Action == AuditAction.Create && e.ObjectId == response.Id.ToString())));
        Assert.Contains("data-seat=\"carer:" + ingrid + "\" data-status=\"Completed\"", await shadow.PageTextAsync($"/Alliance/Measurements?youthId={noorId}"));

        // Ingrid is no longer asked online; the behavioural scientist does not enter forms.
        var mother = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother);
        Assert.DoesNotContain($"/Alliance/About?measurementId={measurementId}", await mother.PageTextAsync("/Family"));
        var scientist = await Browser.LoginAsync(factory, DemoSeed.Email.Scientist);
        Assert.Equal(HttpStatusCode.Forbidden, (await scientist.GetAsync(paper)).StatusCode);
    }

    [Fact]
    public async Task A_16_plus_youth_who_shields_alliance_answers_keeps_them_from_that_parent_in_pages_and_FHIR()
    {
        var daanId = await factory.YouthAsync("Daan");
        var kees = await factory.CarerAsync("Kees de Groot");
        await factory.WithDbAsync(async db =>
        {
            db.CategoryShields.Add(new CategoryShield { YouthId = daanId, CarerId = kees, ShieldedCategory = DataCategory.AllianceAnswers, CreatedAt = factory.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });
        var measurementId = await new MeasurementBuilder(factory, daanId).PlannedOn(factory.Today()).BuildAsync();
        var daan = await Browser.LoginAsync(factory, DemoSeed.Email.Daan);
        var about = await daan.PageTextAsync($"/Alliance/About?measurementId={measurementId}");
        Assert.Contains("Anja de Groot (ouder met gezag)", about);
        Assert.Contains("Deze mensen zien de antwoorden niet: Kees de Groot.", about);
        var responseId = await factory.CompletedResponseAsync(measurementId, Respondent.Youth, _ => 2, comment: l => l == "band-veilig" ? "Alleen met Eva durf ik te praten." : null);

        // The father: no questionnaire, no page, no resource; each refusal audited.
        var father = await Browser.LoginAsync(factory, DemoSeed.Email.DaansFather);
        Assert.DoesNotContain("/Alliance/", await father.PageTextAsync("/Family"));
        foreach (var url in new[] { $"/Alliance/About?measurementId={measurementId}", $"/Alliance/Fill?measurementId={measurementId}",
                     $"/Alliance/Measurements?youthId={daanId}", $"/Alliance/Thanks?responseId={responseId}" })
            Assert.Equal(HttpStatusCode.Forbidden, (await father.GetAsync(url)).StatusCode);
        var fatherApi = await TokenClientAsync(factory, DemoSeed.Email.DaansFather);
        var (_, refusedBody) = await GetAsync<OperationOutcome>(fatherApi, $"/fhir/QuestionnaireResponse/{responseId}", HttpStatusCode.Forbidden);
        Assert.DoesNotContain("durf ik", refusedBody);
        Assert.Empty(await SearchAsync<FhirResponse>(fatherApi, $"/fhir/QuestionnaireResponse?subject=Patient/{daanId}"));
        Assert.Empty(await SearchAsync<FhirResponse>(fatherApi, "/fhir/QuestionnaireResponse"));
        var keesUser = await factory.UserIdAsync(DemoSeed.Email.DaansFather);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.YouthId == daanId && e.UserId == keesUser
            && e.EventType == "AllianceAnswers" && e.Outcome == AuditOutcome.Denied)) >= 5);

        // The mother reads the response, comment included, and is asked herself.
        var motherApi = await TokenClientAsync(factory, DemoSeed.Email.DaansMother);
        var (read, body) = await GetAsync<FhirResponse>(motherApi, $"/fhir/QuestionnaireResponse/{responseId}");
        Assert.Contains("Alleen met Eva durf ik te praten.", body);
        Assert.Equal($"Patient/{daanId}", read.Subject!.Reference);
        Assert.Single(await SearchAsync<FhirResponse>(motherApi, $"/fhir/QuestionnaireResponse?subject=Patient/{daanId}"));
        var mother = await Browser.LoginAsync(factory, DemoSeed.Email.DaansMother);
        Assert.Contains($"/Alliance/About?measurementId={measurementId}", await mother.PageTextAsync("/Family"));
    }

    [Fact]
    public async Task FHIR_serves_a_sent_response_with_its_canonical_ordinals_and_comments_under_the_policy()
    {
        var noorId = await factory.YouthAsync("Noor");
        var version = await factory.AllianceVersionAsync();
        var measurementId = await new MeasurementBuilder(factory, noorId).PlannedOn(factory.Today().AddDays(-120)).BuildAsync();
        var responseId = await factory.CompletedResponseAsync(measurementId, Respondent.Mentor, l => l.StartsWith("band") ? 4 : 3,
            comment: l => l == "doel-samen-kiezen" ? "We hebben de doelen samen gekozen." : null);
        var mentorApi = await TokenClientAsync(factory, DemoSeed.Email.Mentor);

        var (resource, body) = await GetAsync<FhirResponse>(mentorApi, $"/fhir/QuestionnaireResponse/{responseId}");
        Assert.Equal("https://samenspel.nl/fhir/Questionnaire/werkrelatie-mentor|1.0", resource.Questionnaire);
        Assert.Equal(FhirResponse.QuestionnaireResponseStatus.Completed, resource.Status);
        var mentorId = await factory.StaffIdAsync(DemoSeed.Email.Mentor);
        Assert.Equal($"Practitioner/{mentorId}", resource.Author!.Reference);
        Assert.Equal(20, resource.Item.Count);
        var first = resource.Item.Single(i => i.LinkId == "band-veilig");
        var coding = Assert.IsType<Coding>(Assert.Single(first.Answer).Value);
        Assert.Equal(("https://samenspel.nl/fhir/CodeSystem/agreement", "4"), (coding.System, coding.Code));
        static decimal Ordinal(Coding c) => Assert.IsType<FhirDecimal>(c.GetExtension("http://hl7.org/fhir/StructureDefinition/ordinalValue")?.Value).Value!.Value;
        Assert.Equal(4m, Ordinal(coding));
        Assert.Contains("We hebben de doelen samen gekozen.", body);
        Assert.Equal(7 * 4 + 13 * 3, resource.Item.Sum(i => Ordinal((Coding)i.Answer[0].Value!)));

        var found = await SearchAsync<FhirResponse>(mentorApi, $"/fhir/QuestionnaireResponse?subject=Patient/{noorId}&questionnaire={Uri.EscapeDataString("https://samenspel.nl/fhir/Questionnaire/werkrelatie-mentor|1.0")}");
        Assert.Contains(found, r => r.Id == responseId.ToString());
        Assert.DoesNotContain(found, r => r.Questionnaire != resource.Questionnaire);
        Assert.Empty(await SearchAsync<FhirResponse>(mentorApi, $"/fhir/QuestionnaireResponse?subject=Patient/{noorId}&questionnaire={Uri.EscapeDataString("https://samenspel.nl/fhir/Questionnaire/werkrelatie-mentor|9.9")}"));
        var formId = await factory.WithDbAsync(db => db.Responses.Where(r => r.Id == responseId).Select(r => r.FormId).SingleAsync());
        Assert.Contains(await SearchAsync<FhirResponse>(mentorApi, $"/fhir/QuestionnaireResponse?questionnaire=Questionnaire/{formId}"), r => r.Id == responseId.ToString());

        // Refused or unknown: the team lead (403), staff of another team (404), nonsense (400), a draft (404).
        await GetAsync<OperationOutcome>(await TokenClientAsync(factory, DemoSeed.Email.TeamLead), $"/fhir/QuestionnaireResponse/{responseId}", HttpStatusCode.Forbidden);
        await GetAsync<OperationOutcome>(await TokenClientAsync(factory, DemoSeed.Email.SouthMentor), $"/fhir/QuestionnaireResponse/{responseId}", HttpStatusCode.NotFound);
        await GetAsync<OperationOutcome>(mentorApi, "/fhir/QuestionnaireResponse/niet-een-id", HttpStatusCode.BadRequest);
        await GetAsync<OperationOutcome>(mentorApi, "/fhir/QuestionnaireResponse?auteur=ik", HttpStatusCode.BadRequest);
        await factory.WithDbAsync(async db =>
        {
            var r = await db.Responses.SingleAsync(x => x.Id == responseId);
            r.Status = ResponseStatus.InProgress;
            return await db.SaveChangesAsync();
        });
        await GetAsync<OperationOutcome>(mentorApi, $"/fhir/QuestionnaireResponse/{responseId}", HttpStatusCode.NotFound);
    }

    /// <summary>Imported instruments are filled in like any other; their totals are sums of the ordinals stored with
    /// the answers: the SDC PHQ-9 sample's answers give 10 (the sample itself says 13), and a GAD-7 written here 12.</summary>
    [Theory]
    [InlineData("phq9.sdc.questionnaire.json", 10)]
    [InlineData("gad7.questionnaire.json", 12)]
    public async Task Totals_of_imported_instruments_are_sums_of_stored_ordinals(string file, decimal total)
    {
        var lotteId = await factory.YouthAsync("Lotte");
        var organisation = await factory.WithDbAsync(db => db.Youths.Where(y => y.Id == lotteId).Select(y => y.OrganisationId).SingleAsync());
        var import = await factory.WithDbAsync(db => InstrumentImport.ImportAsync(db, InstrumentImportTests.Variant(file, "1"), organisation));
        var form = await factory.WithDbAsync(db => db.QuestionnaireForms.Include(f => f.Items).ThenInclude(i => i.Options).AsNoTracking().SingleAsync(f => f.Id == import.FormId));
        var measurementId = await new MeasurementBuilder(factory, lotteId).PlannedOn(factory.Today()).OfVersion(form.InstrumentVersionId).BuildAsync();

        // PHQ-9: the codes of the SDC sample response. GAD-7: 0, 1, 2, 3, 3, 2, 1.
        var questions = form.Items.Where(i => i.Type == "choice").OrderBy(i => i.Order).ToList();
        string[] codes = file.StartsWith("phq9")
            ? SampleCodes(questions.Select(q => q.LinkId))
            : [.. new[] { 0, 1, 2, 3, 3, 2, 1 }.Select((o, i) => questions[i].Options.Single(x => x.Ordinal == o).Code)];
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor);
        var paper = $"/Alliance/Paper?measurementId={measurementId}&seat=youth";
        var submission = AllianceTestData.SubmissionIdOn(await mentor.PageTextAsync(paper));
        var fields = questions.Select((q, i) => (q.LinkId, codes[i])).ToDictionary(x => PostedAnswer + x.LinkId, x => x.Item2);
        fields["SubmissionId"] = submission.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.PostFormAsync(paper, fields)).StatusCode);

        var ordinals = await factory.WithDbAsync(db => db.ResponseAnswers
            .Where(a => db.Responses.Any(r => r.Id == a.ResponseId && r.MeasurementId == measurementId)).Select(a => a.Ordinal).ToListAsync());
        Assert.Equal(questions.Count, ordinals.Count);
        Assert.Equal(total, ordinals.Sum(o => o!.Value));
    }

    /// <summary>The answer codes of the SDC PHQ-9 sample response, per linkId.</summary>
    static string[] SampleCodes(IEnumerable<string> linkIds)
    {
        var sample = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(InstrumentImportTests.TestFile("phq9.sdc.questionnaireresponse.json")))!;
        var codes = new Dictionary<string, string>();
        void Walk(System.Text.Json.Nodes.JsonNode? node)
        {
            foreach (var item in node?["item"]?.AsArray() ?? [])
            {
                if (item!["answer"]?[0]?["valueCoding"]?["code"] is { } code) codes[(string)item["linkId"]!] = (string)code!;
                Walk(item);
            }
        }
        Walk(sample);
        return linkIds.Select(l => codes[l]).ToArray();
    }
}

public sealed class MeasurementTests_Sqlite(SqliteFactory f) : MeasurementTests(f), IClassFixture<SqliteFactory>;
public sealed class MeasurementTests_Postgres(PostgresFactory f) : MeasurementTests(f), IClassFixture<PostgresFactory>;
