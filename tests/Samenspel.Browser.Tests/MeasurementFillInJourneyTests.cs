using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Samenspel.Browser.Tests;

/// <summary>
/// An alliance measurement in the browser: the mentor starts Noor's overdue first measurement from the caseload.
/// Noor, on a 360 px phone, opens it from her home page, reads the transparency screen, answers half the statements
/// (each change is saved by the page's script), reloads and finds them still ticked, answers the rest and sends the
/// same form several times. Exactly one completed response is stored. axe-core checks the transparency and fill-in
/// pages (and the mentor's start and overview pages) on a phone and a laptop.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MeasurementFillInJourneyTests(Chromium chromium, ClockedAppServer app) : IClassFixture<ClockedAppServer>
{
    const string Mentor = "mentor@demo.samenspel.nl";
    const string Noor = "noor@demo.samenspel.nl";

    [BrowserFact]
    public async Task Youth_fills_in_on_a_phone_reloads_halfway_sends_twice_and_one_response_is_stored()
    {
        var mentor = await chromium.NewPageAsync(Viewport.Laptop);
        await mentor.LogInAsync(app, Mentor);
        await mentor.GotoAsync(app.Url("/Caseload"));
        await Expect(mentor.Locator("[data-testid=measurement-due][data-measurement-state=Overdue]").Filter(new() { HasText = "Meting te laat" })).Not.ToHaveCountAsync(0);
        await mentor.GetByRole(AriaRole.Link, new() { Name = "Meting starten (Noor Peters)", Exact = true }).ClickAsync();
        await mentor.ExpectHeadingAsync("Meting starten");
        var startUrl = new Uri(mentor.Url).PathAndQuery;
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Meting starten", Exact = true }).ClickAsync();
        await Expect(mentor.GetByRole(AriaRole.Status)).ToContainTextAsync("De meting is gestart.");
        var overviewUrl = new Uri(mentor.Url).PathAndQuery.Replace("&started=true", "");
        await mentor.Context.CloseAsync();

        var noor = await chromium.NewPageAsync(Viewport.Phone);
        await noor.LogInAsync(app, Noor);
        await noor.GotoAsync(app.Url("/Me"));
        await noor.GetByRole(AriaRole.Link, new() { Name = "Vul de vragenlijst in (Noor Peters)", Exact = true }).ClickAsync();
        await noor.ExpectHeadingAsync("Vragenlijst over de samenwerking");
        await Expect(noor.GetByRole(AriaRole.Heading, new() { Name = "Wie ziet de antwoorden?" })).ToBeVisibleAsync();
        await Expect(noor.GetByTestId("who-sees")).ToContainTextAsync("Ingrid Peters");
        await Expect(noor.GetByRole(AriaRole.Heading, new() { Name = "Wat gebeurt er daarna?" })).ToBeVisibleAsync();
        var aboutUrl = new Uri(noor.Url).PathAndQuery;
        await noor.AssertNoAxeViolationsAsync();
        await noor.AssertNoHorizontalScrollAsync(Viewport.Phone.Width);

        await noor.GetByTestId("begin").ClickAsync();
        var fillUrl = new Uri(noor.Url).PathAndQuery;
        var statements = noor.Locator("fieldset.statement");
        await Expect(statements).ToHaveCountAsync(20);
        await noor.AssertNoAxeViolationsAsync();
        await noor.AssertNoHorizontalScrollAsync(Viewport.Phone.Width);

        // Half of them and a comment; the script saves each change (the form counts the saves still under way).
        for (var i = 0; i < 10; i++) await statements.Nth(i).GetByLabel("mee eens", new() { Exact = true }).CheckAsync();
        var comment = statements.Nth(0).GetByLabel("Opmerking (mag leeg blijven)");
        await comment.FillAsync("Ze luistert naar me.");
        await comment.PressAsync("Tab");
        await Expect(noor.Locator("form[data-autosave]")).ToHaveAttributeAsync("data-pending", "0");
        await Expect(noor.Locator("[data-autosave-status]")).ToHaveTextAsync("Bewaard.");
        await noor.ReloadAsync();
        for (var i = 0; i < 10; i++)
            await Expect(statements.Nth(i).GetByLabel("mee eens", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(statements.Nth(10).GetByLabel("mee eens", new() { Exact = true })).Not.ToBeCheckedAsync();
        await Expect(statements.Nth(0).GetByLabel("Opmerking (mag leeg blijven)")).ToHaveValueAsync("Ze luistert naar me.");

        // The rest, then the same form sent twice by the browser (a resend) and once more with the button.
        for (var i = 10; i < 20; i++) await statements.Nth(i).GetByLabel("helemaal mee eens", new() { Exact = true }).CheckAsync();
        var statuses = await noor.EvaluateAsync<int[]>(@"async () => {
            const form = document.querySelector('form[data-autosave]');
            const send = () => fetch(location.href, { method: 'POST', body: new FormData(form), redirect: 'manual' }).then(r => r.type === 'opaqueredirect' ? 302 : r.status);
            return [await send(), await send()];
        }");
        Assert.Equal([302, 302], statuses);
        await noor.GetByTestId("send").ClickAsync();
        await noor.ExpectHeadingAsync("Bedankt!");
        // Back to the form: it is already sent, so it shows the same thanks.
        await noor.GotoAsync(app.Url(fillUrl));
        await noor.ExpectHeadingAsync("Bedankt!");
        await noor.Context.CloseAsync();

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
            var noorId = await db.Youths.Where(y => y.GivenName == "Noor").Select(y => y.Id).SingleAsync();
            var responses = await db.Responses.Include(r => r.Answers).Where(r => r.YouthId == noorId).ToListAsync();
            var response = Assert.Single(responses);
            Assert.Equal((ResponseStatus.Completed, Respondent.Youth, 20), (response.Status, response.Respondent, response.Answers.Count));
            Assert.True(response.Answers.Sum(a => a.Ordinal) == 10 * 4 + 10 * 5, string.Join(",", response.Answers.OrderBy(a => a.Id).Select(a => $"{a.LinkId}={a.Ordinal}/{a.ValueCode}/{a.ValueDisplay}/{response.Revision}")));
            Assert.Equal("Ze luistert naar me.", response.Answers.Single(a => a.Comment is not null).Comment);
        }

        // The mentor answers the same measurement: the transparency and fill-in pages of the mentor form, on both viewports.
        await AssertAccessibleAsync(Mentor, startUrl, overviewUrl, aboutUrl, fillUrl);
    }

    async Task AssertAccessibleAsync(string email, params string[] paths)
    {
        foreach (var viewport in new[] { Viewport.Phone, Viewport.Laptop })
        {
            var page = await chromium.NewPageAsync(viewport);
            await page.LogInAsync(app, email);
            foreach (var path in paths)
            {
                var response = await page.GotoAsync(app.Url(path));
                Assert.True(response?.Ok, $"{email} on {path}: {response?.Status}");
                await page.AssertNoAxeViolationsAsync();
                if (viewport == Viewport.Phone) await page.AssertNoHorizontalScrollAsync(viewport.Width);
            }
            await page.Context.CloseAsync();
        }
    }
}
