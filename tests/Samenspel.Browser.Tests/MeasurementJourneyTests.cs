using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Web.Data;
using static Microsoft.Playwright.Assertions;
using static Samenspel.Browser.Tests.Infrastructure.MeasurementSteps;

namespace Samenspel.Browser.Tests;

/// <summary>
/// A full alliance measurement in the browser (issue 4): the mentor starts Noor's measurement; Noor fills in on a phone,
/// reloads halfway, sends twice (<see cref="MeasurementSteps.NoorFillsInOnHerPhoneAsync"/>); the mentor fills in with
/// other answers. One completed response per respondent is stored. The results page shows the differences, the mentor
/// records two actions in the conversation, and five weeks later the next measurement's conversation shows both
/// for review. axe-core checks the transparency, fill-in, results and conversation pages on a phone and a laptop.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MeasurementJourneyTests(Chromium chromium, ClockedAppServer app) : IClassFixture<ClockedAppServer>
{
    const string FirstAction = "We spreken elke week een vast moment af om te praten.";
    const string SecondAction = "Eva legt bij elke stap uit waarom we die doen.";

    [BrowserFact]
    public async Task Youth_and_mentor_fill_in_the_comparison_shows_differences_and_actions_return_at_the_next_measurement()
    {
        await chromium.MentorStartsNoorsDueMeasurementAsync(app);
        var (aboutUrl, fillUrl) = await chromium.NoorFillsInOnHerPhoneAsync(app);

        // The mentor answers "mee eens" (4) everywhere, except: band-veilig "niet mee eens" (2, Noor 4),
        // aanpak-anders "helemaal niet mee eens" (1, Noor 5) and doel-beter "helemaal mee eens" (5, Noor 5).
        // Noor's transparency and fill-in pages were checked on her phone; the mentor's, before answering, on both.
        await chromium.AssertAccessibleAsync(app, DemoSeed.Email.Mentor, aboutUrl, fillUrl);
        var mentor = await chromium.NewPageAsync(Viewport.Laptop);
        await mentor.LogInAsync(app, DemoSeed.Email.Mentor);
        await mentor.GotoAsync(app.Url(aboutUrl));
        await mentor.GetByTestId("begin").ClickAsync();
        var statements = mentor.Locator("fieldset.statement");
        await Expect(statements).ToHaveCountAsync(20);
        var chosen = new Dictionary<int, string> { [0] = "niet mee eens", [12] = "helemaal mee eens", [19] = "helemaal niet mee eens" };
        for (var i = 0; i < 20; i++)
            await statements.Nth(i).GetByLabel(chosen.GetValueOrDefault(i, "mee eens"), new() { Exact = true }).CheckAsync();
        await mentor.GetByTestId("send").ClickAsync();
        await mentor.ExpectHeadingAsync("Bedankt!");

        Guid noorId, firstId;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
            noorId = await db.Youths.Where(y => y.GivenName == "Noor").Select(y => y.Id).SingleAsync();
            firstId = await db.Measurements.Where(m => m.YouthId == noorId).Select(m => m.Id).SingleAsync();
            var responses = await db.Responses.Include(r => r.Answers).Where(r => r.MeasurementId == firstId).ToListAsync();
            Assert.Equal([Respondent.Youth, Respondent.Mentor], responses.Select(r => r.Respondent).Order());
            Assert.All(responses, r => Assert.Equal((ResponseStatus.Completed, 20), (r.Status, r.Answers.Count)));
            Assert.Equal(17 * 4 + 2 + 1 + 5, responses.Single(r => r.Respondent == Respondent.Mentor).Answers.Sum(a => a.Ordinal));
        }

        // The comparison: the largest difference first, each statement with both answers and mentor minus youth.
        var resultsUrl = $"/Alliance/Results?id={firstId}";
        await mentor.GotoAsync(app.Url(resultsUrl));
        var rows = mentor.GetByTestId("statements").Locator("> li");
        await Expect(rows).ToHaveCountAsync(20);
        await Expect(rows.Nth(0)).ToHaveAttributeAsync("data-link-id", "aanpak-anders");
        await Expect(rows.Nth(1)).ToHaveAttributeAsync("data-link-id", "band-veilig");
        async Task ExpectRow(string linkId, string youth, string mentorAnswer, string difference)
        {
            var row = mentor.Locator($"[data-testid=statements] > li[data-link-id={linkId}]");
            await Expect(row.Locator("dd[data-respondent=youth]")).ToHaveTextAsync(youth);
            await Expect(row.Locator("dd[data-respondent=mentor]")).ToHaveTextAsync(mentorAnswer);
            await Expect(row.Locator("dd[data-respondent=difference]")).ToHaveTextAsync(difference);
        }
        await ExpectRow("aanpak-anders", "5 – helemaal mee eens", "1 – helemaal niet mee eens", "-4");
        await ExpectRow("band-veilig", "4 – mee eens", "2 – niet mee eens", "-2");
        await ExpectRow("doel-belangrijk", "5 – helemaal mee eens", "4 – mee eens", "-1");
        await ExpectRow("doel-beter", "5 – helemaal mee eens", "5 – helemaal mee eens", "0");
        await ExpectRow("band-luisteren", "4 – mee eens", "4 – mee eens", "0");

        // The conversation: two actions, each saved once.
        await mentor.GetByRole(AriaRole.Link, new() { Name = "Naar het gesprek over de samenwerking", Exact = true }).ClickAsync();
        var conversationUrl = new Uri(mentor.Url).PathAndQuery;
        foreach (var action in new[] { FirstAction, SecondAction })
        {
            await mentor.GetByLabel("Nieuwe afspraak", new() { Exact = true }).FillAsync(action);
            await mentor.GetByRole(AriaRole.Button, new() { Name = "Afspraak bewaren", Exact = true }).ClickAsync();
            await Expect(mentor.GetByRole(AriaRole.Status)).ToContainTextAsync("De afspraak is bewaard.");
        }
        await Expect(mentor.GetByTestId("actions").Locator("li")).ToHaveTextAsync([FirstAction, SecondAction]);
        await mentor.Context.CloseAsync();

        // Five weeks on (the minimum interval is four): the mentor starts the next measurement.
        app.Clock.Advance(TimeSpan.FromDays(35));
        mentor = await chromium.NewPageAsync(Viewport.Laptop);
        await mentor.LogInAsync(app, DemoSeed.Email.Mentor);
        await mentor.GotoAsync(app.Url($"/Alliance/Start?youthId={noorId}"));
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Meting starten", Exact = true }).ClickAsync();
        await Expect(mentor.GetByRole(AriaRole.Status)).ToContainTextAsync("De meting is gestart.");
        Guid nextId;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
            nextId = await db.Measurements.Where(m => m.YouthId == noorId && m.Id != firstId).Select(m => m.Id).SingleAsync();
        }
        var nextConversationUrl = $"/Alliance/Conversation?id={nextId}";
        await mentor.GotoAsync(app.Url(nextConversationUrl));
        await Expect(mentor.GetByRole(AriaRole.Heading, new() { Name = "Eerst terugkijken: de afspraken van de vorige keer" })).ToBeVisibleAsync();
        await Expect(mentor.GetByTestId("to-review").Locator("li[data-action] .card-title")).ToHaveTextAsync([FirstAction, SecondAction]);
        await mentor.Context.CloseAsync();

        await chromium.AssertAccessibleAsync(app, DemoSeed.Email.Mentor, resultsUrl, conversationUrl, nextConversationUrl);
    }
}
