using Microsoft.Playwright;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Web.Data;

namespace Samenspel.Browser.Tests;

/// <summary>Each kind of user opens the site, is sent to the login page, signs in and lands on their own home
/// page, which is accessible and fits a phone screen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HomePageJourneyTests(Chromium chromium, AppServer app) : IClassFixture<AppServer>
{
    public static TheoryData<string, string, string, int> Homes()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var width in Viewport.Widths)
        {
            data.Add(DemoSeed.Email.Mentor, "/Caseload", "Mijn jongeren", width);
            data.Add(DemoSeed.Email.NoorsMother, "/Family", "Welkom, Ingrid Peters", width);
            data.Add(DemoSeed.Email.Noor, "/Me", "Hoi Noor!", width);
            data.Add(DemoSeed.Email.TeamLead, "/Team", "Team Noord", width);
        }
        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(Homes))]
    public async Task Signing_in_from_the_front_page_lands_on_an_accessible_home_page(string email, string home, string heading, int width)
    {
        var page = await chromium.NewPageAsync(Viewport.ForWidth(width));

        await page.GotoAsync(app.Url("/"));
        await page.ExpectPathAsync("/Accounts/Login");
        await page.SubmitLoginAsync(email);

        await page.ExpectPathAsync(home);
        await page.ExpectHeadingAsync(heading);
        await page.AssertNoAxeViolationsAsync();
        if (width == Viewport.Phone.Width)
            await page.AssertNoHorizontalScrollAsync(width);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Front_page_sends_an_anonymous_visitor_to_the_login_form()
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);

        await page.GotoAsync(app.Url("/"));

        await page.ExpectHeadingAsync("Inloggen bij Samenspel");
        await Assertions.Expect(page.GetByLabel("E-mailadres", new() { Exact = true })).ToBeEditableAsync();
        await Assertions.Expect(page.GetByLabel("Wachtwoord", new() { Exact = true })).ToHaveAttributeAsync("type", "password");
        await page.Context.CloseAsync();
    }
}
