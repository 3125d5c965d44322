using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.EvaluationsAndAgreements;
using Samenspel.Web.Tests.Infrastructure;
using Samenspel.Web.Tests.Messages;
using static Samenspel.Web.Tests.Messages.MessagesTestKit;

namespace Samenspel.Web.Tests.Forms;

/// <summary>Forms that tell the truth (issue 10): "sent" only after a save, one row per submission however often it is
/// sent, dates as Dutch people type them, dates before the trajectory refused with the reason, and an error summary
/// that links to the fields. The clock stands still here.</summary>
public abstract class FormsTests(SamenspelFactory factory)
{
    static readonly CultureInfo Dutch = new("nl-NL");

    async Task<DateOnly> TrajectoryStartAsync(Guid youthId) =>
        await factory.WithDbAsync(db => db.Trajectories.Where(t => t.YouthId == youthId).OrderByDescending(t => t.StartDate).Select(t => t.StartDate).FirstAsync());

    Task<HttpResponseMessage> LogContactAsync(Browser staff, Guid youthId, string when, string with = "youth", Guid? submission = null) =>
        staff.PostFormAsync($"/Contacts/New?youthId={youthId}", new()
        {
            ["Input.SubmissionId"] = (submission ?? Guid.NewGuid()).ToString(), ["Input.With"] = with, ["Input.Reached"] = "True",
            ["Input.Channel"] = "Phone", ["Input.Direction"] = "Outbound", ["Input.Reason"] = "Update", ["Input.When"] = when, ["Input.Note"] = "Gebeld.",
        });

    static Task<HttpResponseMessage> EvaluateAsync(Browser staff, Guid youthId, string heldOn, Guid goal, Guid submission) =>
        staff.PostFormAsync($"/Evaluations/New?youthId={youthId}", new()
        {
            ["Input.SubmissionId"] = submission.ToString(), ["Input.HeldOn"] = heldOn, ["Input.WentWell"] = "Goed samengewerkt.",
            ["Input.DidNotGoWell"] = "Niets.", ["Input.PlanChanges"] = "", ["Input.Levels[0].LineageId"] = goal.ToString(), ["Input.Levels[0].Level"] = "0",
        });

    [Fact]
    public async Task A_too_long_message_is_not_reported_as_sent_even_after_one_that_was()
    {
        var noorId = await factory.YouthAsync("Noor");
        var mother = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother);
        var thread = $"/Messages/Thread?youthId={noorId}";
        var sent = await mother.WriteAsync(thread, "Een kort bericht.");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var after = sent.Headers.Location!.OriginalString;
        Assert.Contains("Het bericht is verstuurd.", await mother.PageTextAsync(after));
        var before = await factory.WithDbAsync(db => db.Messages.CountAsync(m => m.YouthId == noorId));

        // The form on the "sent" page posts back to that address; what comes back must not say "sent" again.
        var typed = new string('a', 4001);
        var refused = await mother.WriteAsync(after, typed);
        var page = await refused.TextAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.DoesNotContain("Het bericht is verstuurd.", page);
        Assert.Contains("Het bericht is te lang (maximaal 4000 tekens).", page);
        Assert.Contains($">{typed}</textarea>", page);
        Assert.Matches("data-testid=\"error-summary\"[^>]*>.*<a class=\"utrecht-link\" href=\"#Input_Text\">Het bericht is te lang", page.ReplaceLineEndings(" "));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Messages.CountAsync(m => m.YouthId == noorId)));
    }

    [Fact]
    public async Task Back_and_send_again_stores_one_message_and_another_messages_id_stores_nothing()
    {
        var noorId = await factory.YouthAsync("Noor");
        var ingrid = await factory.CarerAsync("Ingrid Peters");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var submission = Guid.NewGuid();
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await mentor.WriteAsync($"/Messages?youthId={noorId}", "Twee keer verstuurd?", to: ingrid.ToString(), submission: submission)).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Messages.CountAsync(m => m.Text == "Twee keer verstuurd?")));

        // The father sends his own form with the id of the mentor's message: nothing is stored, and he is told so.
        var father = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsFather);
        var response = await father.WriteAsync($"/Messages/Thread?youthId={noorId}", "Van de vader.", submission: submission);
        var page = await response.TextAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het bericht is niet verstuurd. Verstuur het opnieuw.", page);
        Assert.DoesNotContain("Het bericht is verstuurd.", page);
        Assert.DoesNotContain($"value=\"{submission}\"", page); // a fresh id to send again with
        Assert.Equal(0, await factory.WithDbAsync(db => db.Messages.CountAsync(m => m.Text == "Van de vader.")));
        Assert.Equal("Twee keer verstuurd?", await factory.WithDbAsync(db => db.Messages.Where(m => m.Id == submission).Select(m => m.Text).SingleAsync()));
    }

    [Fact]
    public async Task Back_and_send_again_stores_one_evaluation()
    {
        var lotteId = await factory.YouthAsync("Lotte");
        var goal = (await factory.PlanAsync(lotteId, 1))[0];
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor);
        Assert.Matches("name=\"Input.SubmissionId\" value=\"[0-9a-f-]{36}\"", await mentor.PageTextAsync($"/Evaluations/New?youthId={lotteId}"));
        var submission = Guid.NewGuid();
        for (var i = 0; i < 2; i++)
        {
            var response = await EvaluateAsync(mentor, lotteId, TestData.Iso(factory.Today()), goal, submission);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        Assert.Equal(1, await factory.WithDbAsync(db => db.Evaluations.CountAsync(e => e.YouthId == lotteId)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.GoalScorings.CountAsync(s => s.EvaluationId == submission)));
    }

    [Fact]
    public async Task Back_and_send_again_adds_one_goal()
    {
        var samId = await factory.YouthAsync("Sam");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        Assert.Matches("name=\"Input.SubmissionId\" value=\"[0-9a-f-]{36}\"", await mentor.PageTextAsync($"/Plan/Goal?youthId={samId}"));
        var fields = Samenspel.Web.Tests.PlanPages.PlanPageSteps.GoalFields("Ik ruim mijn kamer zelf op");
        fields["Input.SubmissionId"] = Guid.NewGuid().ToString();
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await mentor.PostFormAsync($"/Plan/Goal?youthId={samId}", fields)).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Goals.CountAsync(g => g.YouthId == samId && g.YouthWording == "Ik ruim mijn kamer zelf op")));
    }

    [Fact]
    public async Task An_evaluation_date_is_read_as_Dutch_people_type_it()
    {
        var noorId = await factory.YouthAsync("Noor");
        var goal = (await factory.PlanAsync(noorId, 1))[0];
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var day = factory.Today().AddDays(-2);
        string[] typed = [day.ToString("d-M-yyyy", Dutch), day.ToString("dd-MM-yyyy", Dutch), day.ToString("d MMMM yyyy", Dutch), day.ToString("d MMM yyyy", Dutch), TestData.Iso(day)];
        foreach (var heldOn in typed)
        {
            var submission = Guid.NewGuid();
            var response = await EvaluateAsync(mentor, noorId, heldOn, goal, submission);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{heldOn} was refused");
            Assert.Equal(day, await factory.WithDbAsync(db => db.Evaluations.Where(e => e.Id == submission).Select(e => e.HeldOn).SingleAsync()));
        }

        // Not a date: a Dutch message whose example is itself accepted, what was typed kept, and no 500.
        foreach (var nonsense in new[] { "31-2-2026", "gisteren" })
        {
            var refused = await EvaluateAsync(mentor, noorId, nonsense, goal, Guid.NewGuid());
            var page = await refused.TextAsync();
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Vul een datum in, bijvoorbeeld 23-11-2026.", page);
            Assert.Contains($"value=\"{nonsense}\"", page);
            Assert.DoesNotContain("is not valid", page);
        }

        // Before the trajectory: refused, with the start date as the reason.
        var start = await TrajectoryStartAsync(noorId);
        var early = await (await EvaluateAsync(mentor, noorId, start.AddDays(-1).ToString("d-M-yyyy", Dutch), goal, Guid.NewGuid())).TextAsync();
        Assert.Contains($"Deze datum ligt voor de start van het traject ({start.ToString("d MMMM yyyy", Dutch)}).", early);
    }

    [Fact]
    public async Task A_contact_before_the_trajectory_or_in_year_1_is_refused_in_Dutch_and_a_typed_Dutch_time_is_taken()
    {
        var samId = await factory.YouthAsync("Sam");
        var start = await TrajectoryStartAsync(samId);
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var count = () => factory.WithDbAsync(db => db.ContactLog.CountAsync(e => e.YouthId == samId));
        var before = await count();

        var early = await LogContactAsync(mentor, samId, $"{start.AddDays(-1).ToString("d-M-yyyy", Dutch)} 10:00");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains($"Deze datum ligt voor de start van het traject ({start.ToString("d MMMM yyyy", Dutch)}).", await early.TextAsync());

        var yearOne = await LogContactAsync(mentor, samId, "0001-01-01T00:00");
        Assert.Equal(HttpStatusCode.OK, yearOne.StatusCode);
        Assert.Contains("Het jaartal 1 klopt niet. Vul een datum tussen 1900 en 2200 in.", await yearOne.TextAsync());
        Assert.Equal(before, await count());

        // Yesterday at half past two, typed the Dutch way: stored as that Dutch wall-clock time.
        var yesterday = factory.Today().AddDays(-1);
        var submission = Guid.NewGuid();
        var saved = await LogContactAsync(mentor, samId, $"{yesterday.ToString("d MMMM yyyy", Dutch)} 14:30", submission: submission);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var at = await factory.WithDbAsync(db => db.ContactLog.Where(e => e.Id == submission).Select(e => e.ContactedAt).SingleAsync());
        Assert.Equal(yesterday.ToDateTime(new TimeOnly(14, 30)), DutchCalendar.TimeAt(at).DateTime);
    }

    [Fact]
    public async Task A_form_with_two_errors_has_a_summary_linking_to_both_fields()
    {
        var samId = await factory.YouthAsync("Sam");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var page = (await (await LogContactAsync(mentor, samId, when: "", with: "")).TextAsync()).ReplaceLineEndings(" ");
        var summary = Regex.Match(page, "<div class=\"utrecht-alert utrecht-alert--error error-summary\" role=\"alert\"[^>]*>.*?</ul>").Value;
        Assert.Contains("Nog niet alles is goed ingevuld", summary);
        Assert.Contains("<a class=\"utrecht-link\" href=\"#Input_With\">Kies met wie het contact was.</a>", summary);
        Assert.Contains("<a class=\"utrecht-link\" href=\"#Input_When\">Vul in wanneer het contact was.</a>", summary);
        Assert.Contains("id=\"Input_With\"", page);
        Assert.Contains("id=\"Input_When\"", page);
        // The summary comes before the form, so it is the first thing read after the page's title.
        Assert.True(page.IndexOf("error-summary", StringComparison.Ordinal) < page.IndexOf("<form method=\"post\" class=\"form-stack\"", StringComparison.Ordinal));

        // A page without errors has no summary.
        Assert.DoesNotContain("error-summary", await mentor.PageTextAsync($"/Contacts/New?youthId={samId}"));
    }
}

public sealed class FormsTests_Sqlite(SqliteWithSmtpFactory f) : FormsTests(f), IClassFixture<SqliteWithSmtpFactory>;
public sealed class FormsTests_Postgres(PostgresWithSmtpFactory f) : FormsTests(f), IClassFixture<PostgresWithSmtpFactory>;
