using Microsoft.Playwright;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Samenspel.Browser.Tests.Journeys;

/// <summary>Break-glass by clicking only: a mentor of another team takes emergency access to a youth's file from his own
/// home page, with a reason; the privacy officer then signs in, lands on the log and sees the grant with its reason
/// and the flagged rows. On a phone and on a laptop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BreakGlassJourneyTests(Chromium chromium, LivedInAppServer app) : IClassFixture<LivedInAppServer>
{
    [BrowserTheory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task A_colleague_takes_emergency_access_with_a_reason_and_the_privacy_officer_sees_it_in_the_log(int width)
    {
        // A grant runs for hours: each width asks for another youth, so that the second run is not already let in.
        var (search, youth) = width == 360 ? ("Peters", "Noor Peters") : ("Groot", "Daan de Groot");
        var reason = $"Er belt iemand in paniek en de mentor is ziek ({width} px).";
        var ruben = await chromium.NewPageAsync(Viewport.ForWidth(width));
        await ruben.LogInAsync(app, DemoSeed.Email.SouthMentor);
        await ruben.ExpectHeadingAsync("Mijn jongeren");
        await ruben.GetByTestId("emergency-link").GetByRole(AriaRole.Link, new() { Name = "Noodtoegang vragen" }).ClickAsync();
        await ruben.ExpectHeadingAsync("Noodtoegang");
        await ruben.GetByLabel("Naam jongere").FillAsync(search);
        await ruben.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await ruben.GetByTestId("emergency-results").GetByRole(AriaRole.Link, new() { Name = $"Noodtoegang vragen ({youth})" }).ClickAsync();
        await ruben.ExpectHeadingAsync($"Noodtoegang tot het dossier van {youth}");
        await ruben.GetByRole(AriaRole.Button, new() { Name = "Noodtoegang vragen" }).ClickAsync();
        await Expect(ruben.Locator("main")).ToContainTextAsync("Schrijf op waarom u noodtoegang nodig hebt.");
        await ruben.Locator("textarea[name='Input.Reason']").FillAsync(reason);
        await ruben.GetByRole(AriaRole.Button, new() { Name = "Noodtoegang vragen" }).ClickAsync();
        await ruben.ExpectHeadingAsync(youth);
        await Expect(ruben.GetByTestId("break-glass-notice")).ToBeVisibleAsync();
        await ruben.Context.CloseAsync();

        var officer = await chromium.NewPageAsync(Viewport.ForWidth(width));
        await officer.LogInAsync(app, DemoSeed.Email.PrivacyOfficer);
        await officer.ExpectHeadingAsync("Logboek");
        await Expect(officer.GetByTestId("emergency-grants")).ToContainTextAsync($"Reden: {reason}");
        await Expect(officer.GetByTestId("emergency-grants")).ToContainTextAsync($"Ruben Mulder keek met noodtoegang in het dossier van {youth}");
        await Expect(officer.GetByTestId("emergency-flag").First).ToBeVisibleAsync();
        await officer.AssertNoHorizontalScrollAsync(width);
        await officer.Context.CloseAsync();
    }
}
