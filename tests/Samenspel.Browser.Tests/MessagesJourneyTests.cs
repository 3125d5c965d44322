using Microsoft.Playwright;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Samenspel.Browser.Tests;

/// <summary>
/// Messages in the browser. Noor's mother asks for a meeting; the request is open on her page and on the mentor's
/// caseload until the mentor plans it, and then she reads the answer. The mentor writes to the mother, then hands the
/// lead to Joris Smit: the mother's thread stays, Joris reads Eva's message in it, and the family finds an
/// introduction from Joris in their own thread. The mother reports Noor sick. axe-core checks the messages, thread,
/// request, answer and absence pages on a phone and a laptop, and nothing scrolls sideways at 360 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MessagesJourneyTests(Chromium chromium, ClockedAppServer app) : IClassFixture<ClockedAppServer>
{
    [BrowserFact]
    public async Task A_request_stays_open_until_planned_and_after_a_mentor_change_the_threads_stay_with_an_introduction()
    {
        // The mother asks for a meeting.
        var mother = await chromium.NewPageAsync(Viewport.Phone);
        await mother.LogInAsync(app, DemoSeed.Email.NoorsMother);
        await mother.GetByRole(AriaRole.Link, new() { Name = "Vraag om een gesprek, een telefoontje of informatie (Noor Peters)", Exact = true }).ClickAsync();
        var youthQuery = new Uri(mother.Url).Query;
        await mother.GetByLabel("Wat wilt u?", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "een gesprek" });
        await mother.GetByLabel("Waar gaat het over?", new() { Exact = true }).FillAsync("Ik wil graag kennismaken met de mentor van Noor.");
        await mother.GetByRole(AriaRole.Button, new() { Name = "Verzoek versturen", Exact = true }).ClickAsync();
        await Expect(mother.GetByRole(AriaRole.Status)).ToContainTextAsync("Uw verzoek is verstuurd.");
        var request = mother.GetByTestId("request");
        await Expect(request).ToHaveAttributeAsync("data-status", "Open");
        await Expect(request).ToContainTextAsync("open");

        // It shows as open on the mentor's caseload, still after a day, until she plans it.
        app.Clock.Advance(TimeSpan.FromDays(1));
        var mentor = await chromium.NewPageAsync(Viewport.Laptop);
        await mentor.LogInAsync(app, DemoSeed.Email.Mentor);
        await mentor.GotoAsync(app.Url("/Caseload"));
        var open = mentor.GetByTestId("open-request");
        await Expect(open).ToContainTextAsync("Ingrid Peters vraagt om een gesprek");
        // Her sign-in of yesterday has expired (8 hours); she signs in again and still sees it open.
        await mother.Context.CloseAsync();
        mother = await chromium.NewPageAsync(Viewport.Phone);
        await mother.LogInAsync(app, DemoSeed.Email.NoorsMother);
        await mother.GotoAsync(app.Url($"/Messages/Requests{youthQuery}"));
        await Expect(mother.GetByTestId("request")).ToHaveAttributeAsync("data-status", "Open");
        await Expect(mother.GetByTestId("request")).ToContainTextAsync("open");
        await open.GetByRole(AriaRole.Link).ClickAsync();
        await mentor.ExpectHeadingAsync("Verzoek beantwoorden");
        var answerPath = new Uri(mentor.Url).PathAndQuery;
        await mentor.GetByLabel("Stand", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "gepland" });
        await mentor.GetByLabel("Op welke dag? (bij gepland)", new() { Exact = true }).FillAsync("2026-12-01");
        await mentor.GetByLabel("Antwoord aan de ouder", new() { Exact = true }).FillAsync("Graag! Dinsdag 1 december om 10 uur op kantoor.");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await mentor.ExpectPathAsync("/Messages/Requests");
        await mentor.GotoAsync(app.Url("/Caseload"));
        await Expect(mentor.GetByTestId("open-request")).ToHaveCountAsync(0);
        await mother.ReloadAsync();
        await Expect(mother.GetByTestId("request")).ToHaveAttributeAsync("data-status", "Planned");
        await Expect(mother.GetByTestId("answer")).ToContainTextAsync("Dinsdag 1 december om 10 uur op kantoor.");

        // The mentor writes to the mother; then Joris Smit becomes the mentor.
        await mentor.GotoAsync(app.Url($"/Messages{youthQuery}"));
        await mentor.GetByLabel("Aan wie?", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ingrid Peters (ouder met gezag)" });
        await mentor.GetByLabel("Uw bericht", new() { Exact = true }).FillAsync("Fijn dat u wilt kennismaken. Neem gerust iemand mee.");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Versturen", Exact = true }).ClickAsync();
        await Expect(mentor.GetByRole(AriaRole.Status)).ToContainTextAsync("Het bericht is verstuurd.");
        var threadPath = new Uri(mentor.Url).PathAndQuery.Replace("&sent=true", "");
        await mentor.GotoAsync(app.Url($"/Register/ChangeMentor{youthQuery}"));
        await mentor.GetByLabel("Nieuwe mentor", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Joris Smit" });
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Mentor wijzigen", Exact = true }).ClickAsync();
        await mentor.ExpectPathAsync("/Youths/Details");
        await mentor.Context.CloseAsync();

        var joris = await chromium.NewPageAsync(Viewport.Laptop);
        await joris.LogInAsync(app, DemoSeed.Email.ShadowMentor);
        await joris.GotoAsync(app.Url(threadPath));
        var messages = joris.GetByTestId("message");
        await Expect(messages.Filter(new() { HasText = "Fijn dat u wilt kennismaken." })).ToContainTextAsync("Eva de Boer, namens het team");
        await Expect(joris.Locator("[data-testid=message][data-kind=Introduction]")).ToContainTextAsync("ik ben Joris Smit. Vanaf nu ben ik de mentor van Noor, in plaats van Eva de Boer.");
        await joris.Context.CloseAsync();

        await mother.GotoAsync(app.Url("/Family"));
        await Expect(mother.GetByTestId("unread")).ToContainTextAsync("2 nieuw");
        await mother.GetByTestId("messages-link").ClickAsync();
        await Expect(mother.Locator("[data-testid=message][data-kind=Introduction]")).ToContainTextAsync("Joris Smit");
        await Expect(mother.GetByTestId("message").Filter(new() { HasText = "Neem gerust iemand mee." })).ToHaveCountAsync(1);

        // The mother reports Noor sick for today.
        await mother.GotoAsync(app.Url($"/Messages/Absence{youthQuery}"));
        await mother.GetByLabel("Korte uitleg (mag leeg blijven)", new() { Exact = true }).FillAsync("Koorts");
        await mother.GetByRole(AriaRole.Button, new() { Name = "Melden", Exact = true }).ClickAsync();
        await Expect(mother.GetByRole(AriaRole.Status)).ToContainTextAsync("De melding is verstuurd.");
        await Expect(mother.GetByTestId("absence")).ToContainTextAsync("ziek");
        await mother.Context.CloseAsync();

        await chromium.AssertAccessibleAsync(app, DemoSeed.Email.ShadowMentor, $"/Messages{youthQuery}", threadPath, $"/Messages/Requests{youthQuery}", answerPath, $"/Messages/Absence{youthQuery}", "/Caseload");
        await chromium.AssertAccessibleAsync(app, DemoSeed.Email.NoorsMother, "/Family", $"/Messages/Thread{youthQuery}", $"/Messages/Requests{youthQuery}", $"/Messages/Absence{youthQuery}");
    }
}
