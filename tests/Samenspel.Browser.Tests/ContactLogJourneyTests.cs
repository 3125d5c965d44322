using Microsoft.Playwright;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Samenspel.Browser.Tests;

/// <summary>
/// The contact log in the browser: the mentor agrees a call every 14 days with Sam's mother, then logs a missed call
/// and a reached call from the caseload, each in two clicks (the link and Opslaan; the missed call also picks "niet
/// bereikt"). Both show in the log. Fifteen days later, without another reached contact, the mother is overdue on the
/// contact rhythm overview and on the caseload. axe-core checks the form, the log and the overviews on a phone and a
/// laptop, and nothing scrolls sideways at 360 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContactLogJourneyTests(Chromium chromium, ClockedAppServer app) : IClassFixture<ClockedAppServer>
{
    const string LogLink = "Contact vastleggen (Sam Jansen)";

    [BrowserFact]
    public async Task Mentor_logs_a_missed_and_a_reached_call_and_sees_the_mother_overdue_two_weeks_later()
    {
        var mentor = await chromium.NewPageAsync(Viewport.Laptop);
        await mentor.LogInAsync(app, DemoSeed.Email.Mentor);

        // The contact agreement: a phone call with Linda every 14 days.
        await mentor.GetByRole(AriaRole.Link, new() { Name = "Sam Jansen", Exact = true }).ClickAsync();
        var youthQuery = new Uri(mentor.Url).Query.Replace("?id=", "?youthId=");
        await mentor.GotoAsync(app.Url($"/Agreements/Edit{youthQuery}&kind=Contact"));
        await mentor.GetByLabel("Met welke ouder of opvoeder?", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Linda Jansen (ouder met gezag)" });
        await mentor.GetByLabel("Wat spreken we af?", new() { Exact = true }).FillAsync("Eva belt Linda om de twee weken.");
        await mentor.GetByLabel("Om de hoeveel dagen is er contact?", new() { Exact = true }).FillAsync("14");
        await mentor.GetByLabel("Hoe is er contact?", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "telefoon" });
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await mentor.ExpectPathAsync("/Agreements");

        // A missed call: the link on the caseload, "niet bereikt", Opslaan.
        await mentor.GotoAsync(app.Url("/Caseload"));
        await mentor.GetByRole(AriaRole.Link, new() { Name = LogLink, Exact = true }).ClickAsync();
        await mentor.ExpectHeadingAsync("Contact vastleggen");
        await mentor.GetByLabel("Bereikt?", new() { Exact = true }).SelectOptionAsync("False");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Expect(mentor.GetByRole(AriaRole.Status)).ToContainTextAsync("Het contact is vastgelegd.");
        var logUrl = new Uri(mentor.Url).PathAndQuery.Replace("&saved=true", "");

        // A reached call, a bit later: two clicks.
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        await mentor.GotoAsync(app.Url("/Caseload"));
        await mentor.GetByRole(AriaRole.Link, new() { Name = LogLink, Exact = true }).ClickAsync();
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Expect(mentor.GetByRole(AriaRole.Status)).ToContainTextAsync("Het contact is vastgelegd.");
        var entries = mentor.GetByTestId("contact-log").Locator("li");
        await Expect(entries).ToHaveCountAsync(2);
        await Expect(entries.Nth(0)).ToHaveAttributeAsync("data-reached", "true");
        await Expect(entries.Nth(0)).ToContainTextAsync("Linda Jansen");
        await Expect(entries.Nth(1)).ToHaveAttributeAsync("data-reached", "false");
        await Expect(entries.Nth(1)).ToContainTextAsync("niet bereikt");
        await Expect(mentor.GetByTestId("rhythm").Locator("li")).ToContainTextAsync("Op tijd");

        // Fifteen days on, with no reached contact since, Linda is overdue.
        app.Clock.Advance(TimeSpan.FromDays(15));
        await mentor.Context.CloseAsync();
        mentor = await chromium.NewPageAsync(Viewport.Laptop);
        await mentor.LogInAsync(app, DemoSeed.Email.Mentor);
        await mentor.GotoAsync(app.Url("/Caseload"));
        await Expect(mentor.GetByTestId("contact-state")).ToHaveAttributeAsync("data-state", "Overdue");
        await mentor.GetByTestId("contact-rhythm").GetByRole(AriaRole.Link).ClickAsync();
        await mentor.ExpectHeadingAsync("Contactritme");
        var linda = mentor.Locator("tr[data-state=Overdue]").Filter(new() { HasText = "Linda Jansen" });
        await Expect(linda).ToHaveCountAsync(1);
        await Expect(linda).ToContainTextAsync("Contact te laat");
        await Expect(linda).ToContainTextAsync("23 november 2026");
        await mentor.Context.CloseAsync();

        await chromium.AssertAccessibleAsync(app, DemoSeed.Email.Mentor, $"/Contacts/New{youthQuery}", logUrl, "/Contacts/Rhythm", "/Caseload", $"/Youths/Details{youthQuery.Replace("youthId", "id")}");
        await chromium.AssertAccessibleAsync(app, DemoSeed.Email.TeamLead, "/Team");
    }
}
