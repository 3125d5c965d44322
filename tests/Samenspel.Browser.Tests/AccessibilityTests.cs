using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Samenspel.Browser.Tests;

/// <summary>axe-core (WCAG 2.1 A and AA) finds nothing on the pages people use most, on a phone and a laptop,
/// including forms that show their errors after a wrong submit.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(Chromium chromium, AppServer app) : IClassFixture<AppServer>
{
    public static TheoryData<string, int> Screens()
    {
        var data = new TheoryData<string, int>();
        foreach (var width in Viewport.Widths)
            foreach (var screen in new[] { "login", "youth file", "add carer", "sharing", "journal", "access log", "admin", "instruments", "add instrument" })
                data.Add(screen, width);
        return data;
    }

    public static TheoryData<int> Widths() => [.. Viewport.Widths];

    [BrowserTheory]
    [MemberData(nameof(Screens))]
    public async Task Page_has_no_WCAG_21_AA_violations(string screen, int width)
    {
        var page = await chromium.NewPageAsync(Viewport.ForWidth(width));

        await OpenAsync(page, screen);

        await page.AssertNoAxeViolationsAsync();
        if (width == Viewport.Phone.Width)
            await page.AssertNoHorizontalScrollAsync(width);
        await page.Context.CloseAsync();
    }

    [BrowserTheory]
    [MemberData(nameof(Widths))]
    public async Task Empty_login_shows_Dutch_errors_tied_to_each_field(int width)
    {
        var page = await chromium.NewPageAsync(Viewport.ForWidth(width));
        await page.GotoAsync(app.Url("/Accounts/Login"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();

        await page.ExpectPathAsync("/Accounts/Login");
        var email = page.GetByLabel("E-mailadres", new() { Exact = true });
        await Expect(email).ToHaveAccessibleDescriptionAsync("Vul uw e-mailadres in.");
        await Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Wachtwoord", new() { Exact = true })).ToHaveAccessibleDescriptionAsync("Vul uw wachtwoord in.");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [BrowserTheory]
    [MemberData(nameof(Widths))]
    public async Task Invalid_carer_form_keeps_what_was_typed_and_explains_each_error(int width)
    {
        var page = await chromium.NewPageAsync(Viewport.ForWidth(width));
        await OpenAsync(page, "add carer");

        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("");
        await page.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync("geen-email");
        await page.GetByLabel("Telefoonnummer (mag leeg blijven)").FillAsync("06 12345678");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();

        await page.ExpectPathAsync("/Register/AddCarer");
        var email = page.GetByLabel("E-mailadres", new() { Exact = true });
        await Expect(email).ToHaveValueAsync("geen-email");
        await Expect(email).ToHaveAccessibleDescriptionAsync(new Regex("Dit is geen geldig e-mailadres"));
        await Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        var name = page.GetByLabel("Naam", new() { Exact = true });
        await Expect(name).ToHaveValueAsync("");
        await Expect(name).ToHaveAccessibleDescriptionAsync("Vul de naam in.");
        await Expect(page.GetByLabel("Telefoonnummer (mag leeg blijven)")).ToHaveValueAsync("06 12345678");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Axe_check_reports_a_real_violation()
    {
        var page = await chromium.NewPageAsync(Viewport.Laptop);
        await page.GotoAsync(app.Url("/Accounts/Login"));
        await page.EvaluateAsync("() => document.querySelector('label[for=Input_Email]').remove()");

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(page.AssertNoAxeViolationsAsync);

        Assert.Contains("label", failure.Message);
        Assert.Contains("#Input_Email", failure.Message);
        await page.Context.CloseAsync();
    }

    async Task OpenAsync(IPage page, string screen)
    {
        switch (screen)
        {
            case "login":
                await page.GotoAsync(app.Url("/Accounts/Login"));
                await page.ExpectHeadingAsync("Inloggen bij Samenspel");
                break;
            case "youth file":
                await page.LogInAsync(app, DemoSeed.Email.Mentor);
                await OpenNoorsFileFromCaseloadAsync(page);
                break;
            case "add carer":
                await page.LogInAsync(app, DemoSeed.Email.Mentor);
                var noor = await OpenNoorsFileFromCaseloadAsync(page);
                await page.GotoAsync(app.Url($"/Register/AddCarer?youthId={noor}"));
                await page.ExpectHeadingAsync("Ouder of opvoeder toevoegen");
                break;
            case "sharing":
                await page.LogInAsync(app, DemoSeed.Email.Daan);
                await page.GotoAsync(app.Url("/Me/Sharing"));
                await page.ExpectHeadingAsync("Wat zien je ouders?");
                break;
            case "journal":
                await page.LogInAsync(app, DemoSeed.Email.Noor);
                await page.GotoAsync(app.Url("/Me/Journal"));
                await page.ExpectHeadingAsync("Mijn dagboek");
                break;
            case "access log":
                await page.LogInAsync(app, DemoSeed.Email.Noor);
                await page.GetByRole(AriaRole.Link, new() { Name = "Wie keek in je dossier?" }).ClickAsync();
                await page.ExpectPathAsync("/Youths/AccessLog");
                await page.ExpectHeadingAsync("Wie keek in je dossier?");
                break;
            case "admin":
                await page.LogInAsync(app, DemoSeed.Email.Administrator);
                await page.GotoAsync(app.Url("/Admin"));
                await page.ExpectHeadingAsync("Beheer");
                break;
            case "instruments":
                await page.LogInAsync(app, DemoSeed.Email.Administrator);
                await page.GotoAsync(app.Url("/Admin/Instruments"));
                await page.ExpectHeadingAsync("Vragenlijsten");
                await Expect(page.GetByText("niet gevalideerd").First).ToBeVisibleAsync();
                break;
            case "add instrument":
                // With the errors of a refused import on screen, and the pasted text kept.
                await page.LogInAsync(app, DemoSeed.Email.Administrator);
                await page.GotoAsync(app.Url("/Admin/Instruments/Add"));
                await page.GetByLabel("Of plak de tekst (JSON)", new() { Exact = true }).FillAsync("{ \"resourceType\": \"Questionnaire\", ");
                await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen", Exact = true }).ClickAsync();
                await Expect(page.GetByTestId("import-errors")).ToBeVisibleAsync();
                await Expect(page.GetByLabel("Of plak de tekst (JSON)", new() { Exact = true })).ToHaveValueAsync("{ \"resourceType\": \"Questionnaire\", ");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(screen), screen, null);
        }
    }

    /// <summary>Follows the link on the mentor's caseload, as a mentor would, and returns Noor's id.</summary>
    static async Task<Guid> OpenNoorsFileFromCaseloadAsync(IPage page)
    {
        await page.ExpectPathAsync("/Caseload");
        await page.GetByRole(AriaRole.Link, new() { Name = "Noor Peters", Exact = true }).ClickAsync();
        await page.ExpectPathAsync("/Youths/Details");
        await page.ExpectHeadingAsync("Noor Peters");
        return Guid.Parse(new Uri(page.Url).Query.Split("id=")[1].Split('&')[0]);
    }
}
