using Microsoft.Playwright;
using Samenspel.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Samenspel.Browser.Tests.Infrastructure;

/// <summary>The steps of an alliance measurement that more than one journey takes.</summary>
public static class MeasurementSteps
{
    /// <summary>The mentor starts Noor's overdue measurement from the caseload badge. Returns the start page and the
    /// overview of Noor's measurements.</summary>
    public static async Task<(string StartUrl, string OverviewUrl)> MentorStartsNoorsDueMeasurementAsync(this Chromium chromium, AppServer app)
    {
        var mentor = await chromium.NewPageAsync(Viewport.Laptop);
        await mentor.LogInAsync(app, DemoSeed.Email.Mentor);
        await mentor.GotoAsync(app.Url("/Caseload"));
        await Expect(mentor.Locator("[data-testid=measurement-due][data-measurement-state=Overdue]").Filter(new() { HasText = "Meting te laat" })).Not.ToHaveCountAsync(0);
        await mentor.GetByRole(AriaRole.Link, new() { Name = "Meting starten (Noor Peters)", Exact = true }).ClickAsync();
        await mentor.ExpectHeadingAsync("Meting starten");
        var startUrl = new Uri(mentor.Url).PathAndQuery;
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Meting starten", Exact = true }).ClickAsync();
        await Expect(mentor.GetByRole(AriaRole.Status)).ToContainTextAsync("De meting is gestart.");
        var overviewUrl = new Uri(mentor.Url).PathAndQuery.Replace("&started=true", "");
        await mentor.Context.CloseAsync();
        return (startUrl, overviewUrl);
    }

    /// <summary>Noor, on a 360 px phone, opens the questionnaire from her home page and reads the transparency screen
    /// (checked with axe), begins (axe again), answers the first ten statements "mee eens" with a comment on the first,
    /// reloads and finds them kept, answers the other ten "helemaal mee eens", and sends the same form three times
    /// (twice as a browser resend, once with the button). Returns the transparency and fill-in pages.</summary>
    public static async Task<(string AboutUrl, string FillUrl)> NoorFillsInOnHerPhoneAsync(this Chromium chromium, AppServer app)
    {
        var noor = await chromium.NewPageAsync(Viewport.Phone);
        await noor.LogInAsync(app, DemoSeed.Email.Noor);
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
        return (aboutUrl, fillUrl);
    }

}
