using Microsoft.Playwright;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Samenspel.Browser.Tests.Journeys;

/// <summary>Every demo login signs out with the visible button in the header, on a phone and on a laptop, and is then
/// signed out for real: the cookie saved before the logout, sent again from another browser, gets the sign-in page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LogoutJourneyTests(Chromium chromium, AppServer app) : IClassFixture<AppServer>
{
    public static TheoryData<string, int> Logins()
    {
        var data = new TheoryData<string, int>();
        foreach (var width in Viewport.Widths)
            foreach (var login in DemoSeed.Logins) data.Add(login.Email, width);
        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(Logins))]
    public async Task The_logout_button_ends_the_session_and_the_old_cookie_no_longer_signs_in(string email, int width)
    {
        var page = await chromium.NewPageAsync(Viewport.ForWidth(width));
        await page.LogInAsync(app, email);
        var saved = await page.Context.CookiesAsync();

        var logout = page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Uitloggen", Exact = true });
        await Expect(logout).ToBeVisibleAsync();
        var colours = await logout.EvaluateAsync<string[]>(
            "b => [getComputedStyle(b).color, getComputedStyle(b.closest('header')).backgroundColor]");
        Assert.NotEqual(colours[1], colours[0]);
        await logout.ClickAsync();
        await page.ExpectHeadingAsync("U bent uitgelogd");
        await page.Context.CloseAsync();

        var other = await chromium.NewPageAsync(Viewport.ForWidth(width));
        await other.Context.AddCookiesAsync(saved.Select(c => new Cookie
        {
            // By URL, not domain: a __Host- cookie may not name a domain, and Chromium would refuse it silently.
            Name = c.Name, Value = c.Value, Url = app.BaseUrl + "/", HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        await other.GotoAsync(app.Url("/"));
        await other.ExpectPathAsync("/Accounts/Login");
        await other.ExpectHeadingAsync("Inloggen bij Samenspel");
        await other.Context.CloseAsync();
    }
}
