using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Domain.Alliance;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.EvaluationsAndAgreements;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Alliance;

/// <summary>The feedback conversation on SQLite and PostgreSQL: every statement with a follow-up question, actions
/// (bad input, double submit), and the review of those actions at the next measurement.</summary>
public abstract class AllianceConversationTests(SamenspelFactory factory)
{
    Task<HttpResponseMessage> ActionAsync(Browser b, Guid measurement, string text, Guid? submission = null) =>
        b.PostFormAsync($"/Alliance/Conversation?id={measurement}&handler=Action",
            new() { ["Input.Text"] = text, ["Input.SubmissionId"] = (submission ?? Guid.NewGuid()).ToString() },
            formPage: $"/Alliance/Conversation?id={measurement}");

    /// <summary>The error messages on a page that was expected to move on.</summary>
    static string Errors(string page) => string.Join(" | ", System.Text.RegularExpressions.Regex.Matches(page, "(?:error-message|validation-summary-errors)[^>]*>(.*?)</", System.Text.RegularExpressions.RegexOptions.Singleline).Select(m => m.Groups[1].Value.Trim()));

    [Fact]
    public async Task Guide_walks_through_every_statement_with_the_question_for_its_situation()
    {
        var daan = await factory.YouthAsync("Daan");
        var measurement = await new MeasurementBuilder(factory, daan).PlannedOn(new(2026, 5, 1))
            .AnsweredByYouth(MeasurementBuilder.Answers(4, ("band-veilig", 1), ("doel-weten", 3), ("aanpak-past", 2), ("aanpak-helpt", 5), ("doel-eigen", null)))
            .AnsweredByMentor(MeasurementBuilder.Answers(4, ("band-veilig", 4), ("doel-weten", 3), ("aanpak-past", 2), ("aanpak-helpt", 2), ("doel-eigen", null))).BuildAsync();
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);

        var page = await mentor.PageTextAsync($"/Alliance/Conversation?id={measurement}");

        var guide = page[page.IndexOf("data-testid=\"guide\"", StringComparison.Ordinal)..page.IndexOf("id=\"afspraken\"", StringComparison.Ordinal)];
        Assert.Equal(20, guide.Split("<li ").Length - 1);
        Assert.Equal(20, guide.Split("Vraag door:").Length - 1);
        (string LinkId, Situation Situation, string Question)[] expected =
        [
            ("band-veilig", Situation.YouthLower, "Jij was hier minder positief dan ik. Wat merk jij dat ik misschien niet zie?"),
            ("aanpak-helpt", Situation.YouthHigher, "Jij was hier positiever dan ik. Wat gaat er volgens jou goed?"),
            ("aanpak-past", Situation.Low, "Wat gaat hier nog niet goed? Wat zou er moeten veranderen?"),
            ("doel-weten", Situation.Neutral, "Je koos het midden. Wat maakt dat het niet meer of minder is?"),
            ("band-luisteren", Situation.High, "Dit gaat goed. Wat doen we hier goed, zodat we dat zo houden?"),
            ("doel-eigen", Situation.Unanswered, "Deze zin is niet ingevuld. Wil je er nu iets over zeggen?"),
        ];
        foreach (var (linkId, situation, question) in expected)
        {
            var start = guide.IndexOf($"data-link-id=\"{linkId}\"", StringComparison.Ordinal);
            var item = guide[start..guide.IndexOf("</li>", start, StringComparison.Ordinal)];
            Assert.Contains($"data-situation=\"{situation}\"", item);
            Assert.Contains(question, item);
        }
        // The conversation order: differences first (3 before 3), then low, then neutral.
        Assert.True(guide.IndexOf("band-veilig", StringComparison.Ordinal) < guide.IndexOf("aanpak-helpt", StringComparison.Ordinal));
        Assert.True(guide.IndexOf("aanpak-helpt", StringComparison.Ordinal) < guide.IndexOf("aanpak-past", StringComparison.Ordinal));
        Assert.True(guide.IndexOf("aanpak-past", StringComparison.Ordinal) < guide.IndexOf("doel-weten", StringComparison.Ordinal));

        // The conversation records actions: staff only, decided by the policy on the youth's data.
        var youth = await Browser.LoginAsync(factory, DemoSeed.Email.Daan);
        Assert.Equal(HttpStatusCode.Forbidden, (await youth.GetAsync($"/Alliance/Conversation?id={measurement}")).StatusCode);
        var lead = await Browser.LoginAsync(factory, DemoSeed.Email.TeamLead);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/Alliance/Conversation?id={measurement}")).StatusCode);
    }

    [Fact]
    public async Task Actions_refuse_bad_input_keep_the_text_store_one_per_submit_and_come_back_for_review_at_the_next_measurement()
    {
        var noor = await factory.YouthAsync("Noor");
        var first = await new MeasurementBuilder(factory, noor).PlannedOn(new(2026, 3, 2)).AnsweredByYouth(MeasurementBuilder.Answers(2)).AnsweredByMentor(MeasurementBuilder.Answers(4)).BuildAsync();
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);

        var empty = await ActionAsync(mentor, first, "   ");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Schrijf op wat jullie gaan doen.", await empty.TextAsync());
        var tooLong = new string('x', 480) + " en nog meer woorden zodat het te lang wordt";
        var longResponse = await (await ActionAsync(mentor, first, tooLong)).TextAsync();
        Assert.Contains("Maak de afspraak korter (maximaal 500 tekens).", longResponse);
        Assert.Contains(tooLong, longResponse);
        Assert.Equal(0, await factory.WithDbAsync(db => db.AllianceActions.CountAsync(a => a.MeasurementId == first)));

        var submission = Guid.NewGuid();
        for (var i = 0; i < 2; i++)
        {
            var saved = await ActionAsync(mentor, first, "We spreken elke week af op een vaste dag.", submission);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        await ActionAsync(mentor, first, "Noor kiest zelf het volgende doel.");
        Assert.Equal(2, await factory.WithDbAsync(db => db.AllianceActions.CountAsync(a => a.MeasurementId == first)));
        var listed = await mentor.PageTextAsync($"/Alliance/Conversation?id={first}");
        Assert.Contains("We spreken elke week af op een vaste dag.", listed);
        Assert.DoesNotContain("data-testid=\"to-review\"", listed);

        // The next measurement: the two actions come first, for review.
        factory.Clock.Advance(TimeSpan.FromDays(60));
        mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor); // the sign-in of two months ago has expired
        var second = await new MeasurementBuilder(factory, noor).PlannedOn(new(2026, 5, 4)).AnsweredByYouth(MeasurementBuilder.Answers(3)).AnsweredByMentor(MeasurementBuilder.Answers(4)).BuildAsync();
        var next = await mentor.PageTextAsync($"/Alliance/Conversation?id={second}");
        var review = next[next.IndexOf("data-testid=\"to-review\"", StringComparison.Ordinal)..next.IndexOf("id=\"zinnen\"", StringComparison.Ordinal)];
        Assert.Contains("We spreken elke week af op een vaste dag.", review);
        Assert.Contains("Noor kiest zelf het volgende doel.", review);
        Assert.Contains("Afgesproken op 2 maart 2026", review);
        Assert.True(next.IndexOf("to-review", StringComparison.Ordinal) < next.IndexOf("data-testid=\"guide\"", StringComparison.Ordinal));

        var actions = await factory.WithDbAsync(db => db.AllianceActions.Where(a => a.MeasurementId == first).OrderBy(a => a.CreatedAt).Select(a => a.Id).ToListAsync());
        var missing = await mentor.PostFormAsync($"/Alliance/Conversation?id={second}&handler=Review", new()
        {
            ["Reviews[0].ActionId"] = actions[0].ToString(), ["Reviews[0].Outcome"] = "Done", ["Reviews[0].Note"] = "Elke dinsdag gelukt.",
            ["Reviews[1].ActionId"] = actions[1].ToString(), ["Reviews[1].Outcome"] = "",
        }, formPage: $"/Alliance/Conversation?id={second}");
        var missingText = await missing.TextAsync();
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Kies hoe het ging met deze afspraak.", missingText);
        Assert.Contains("Elke dinsdag gelukt.", missingText);
        Assert.Null(await factory.WithDbAsync(db => db.AllianceActions.Where(a => a.Id == actions[0]).Select(a => a.Outcome).SingleAsync()));

        var done = await mentor.PostFormAsync($"/Alliance/Conversation?id={second}&handler=Review", new()
        {
            ["Reviews[0].ActionId"] = actions[0].ToString(), ["Reviews[0].Outcome"] = "Done", ["Reviews[0].Note"] = "Elke dinsdag gelukt.",
            ["Reviews[1].ActionId"] = actions[1].ToString(), ["Reviews[1].Outcome"] = "Partly",
        }, formPage: $"/Alliance/Conversation?id={second}");
        Assert.True(done.StatusCode == HttpStatusCode.Redirect, $"{done.StatusCode}: {Errors(await done.TextAsync())}");
        var reviewed = await factory.WithDbAsync(db => db.AllianceActions.Where(a => a.MeasurementId == first).OrderBy(a => a.CreatedAt)
            .Select(a => new { a.Outcome, a.ReviewedInMeasurementId, a.ReviewNote }).ToListAsync());
        Assert.Equal([ActionOutcome.Done, ActionOutcome.Partly], reviewed.Select(r => r.Outcome!.Value));
        Assert.All(reviewed, r => Assert.Equal(second, r.ReviewedInMeasurementId));
        Assert.Equal("Elke dinsdag gelukt.", reviewed[0].ReviewNote);
        var after = await mentor.PageTextAsync($"/Alliance/Conversation?id={second}");
        Assert.Contains("data-testid=\"reviewed\"", after);
        Assert.DoesNotContain("data-testid=\"to-review\"", after);

        // A third measurement does not bring them back.
        var third = await new MeasurementBuilder(factory, noor).PlannedOn(new(2026, 8, 3)).AnsweredByYouth(MeasurementBuilder.Answers(4)).AnsweredByMentor(MeasurementBuilder.Answers(4)).BuildAsync();
        var later = await mentor.PageTextAsync($"/Alliance/Conversation?id={third}");
        Assert.DoesNotContain("We spreken elke week af op een vaste dag.", later);
    }
}

public sealed class AllianceConversationTests_Sqlite(SqliteFactory f) : AllianceConversationTests(f), IClassFixture<SqliteFactory>;
public sealed class AllianceConversationTests_Postgres(PostgresFactory f) : AllianceConversationTests(f), IClassFixture<PostgresFactory>;
