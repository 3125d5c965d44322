using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Samenspel.Browser.Tests.Journeys;

/// <summary>
/// The jobs of each role on the lived-in demo, reached only by clicking links and buttons from the role's home page:
/// the only addresses typed are the sign-in page (in <see cref="PageChecks.LogInAsync"/>). Each journey runs on a phone
/// and on a laptop, and asserts what the page shows, not only that it loads.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyTests(Chromium chromium, LivedInAppServer app) : IClassFixture<LivedInAppServer>
{
    async Task<IPage> SignInAsync(string email, int width)
    {
        var page = await chromium.NewPageAsync(Viewport.ForWidth(width));
        await page.LogInAsync(app, email);
        return page;
    }

    static ILocator Link(IPage page, string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
    static ILocator LinkStartingWith(IPage page, string start) => page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^" + Regex.Escape(start)) });

    [BrowserTheory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task A_mentor_reaches_the_alliance_results_from_a_youth_file_holds_the_conversation_and_records_an_action(int width)
    {
        var page = await SignInAsync(DemoSeed.Email.Mentor, width);
        await page.ExpectHeadingAsync("Mijn jongeren");
        await Link(page, "Noor Peters").ClickAsync();
        await page.ExpectHeadingAsync("Noor Peters");
        await page.GetByTestId("alliance-link").ClickAsync();
        await page.ExpectHeadingAsync("Metingen van de samenwerking");
        // The newest measurement first: Noor, Eva and both parents answered it.
        await page.GetByTestId("results-link").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Uitslag werkrelatie van Noor");
        await Expect(page.Locator("main table").First).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Noor");

        await LinkStartingWith(page, "Naar het gesprek").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Gesprek over de samenwerking met Noor");
        // The actions of the first measurement were looked back on at this one.
        await Expect(page.GetByTestId("reviewed")).ToContainTextAsync("Noor schrijft het eerst zelf op");
        var action = $"Eva belt Noor na elk gesprek even op ({width} px).";
        await page.Locator("textarea[name='Input.Text']").FillAsync(action);
        await page.GetByRole(AriaRole.Button, new() { Name = "Afspraak bewaren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De afspraak is bewaard.");
        await Expect(page.GetByTestId("actions")).ToContainTextAsync(action);
        await page.AssertNoHorizontalScrollAsync(width == 360 ? 360 : 1280);
        await page.Context.CloseAsync();
    }

    [BrowserTheory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task A_parent_sends_a_message_and_the_mentor_finds_it_on_her_home_page_and_answers_it(int width)
    {
        var question = $"Kan Noor donderdag later komen? Ze heeft een afspraak bij de tandarts ({width}).";
        var mother = await SignInAsync(DemoSeed.Email.NoorsMother, width);
        await mother.ExpectHeadingAsync("Welkom, Ingrid Peters");
        await Link(mother, "Berichten met het team (Noor Peters)").ClickAsync();
        await mother.Locator("textarea[name='Input.Text']").FillAsync(question);
        await mother.Locator("#Input_NeedsAnswer").CheckAsync();
        await mother.GetByRole(AriaRole.Button, new() { Name = "Versturen", Exact = true }).ClickAsync();
        await Expect(mother.GetByRole(AriaRole.Status)).ToContainTextAsync("Het bericht is verstuurd.");
        await Expect(mother.GetByTestId("messages")).ToContainTextAsync(question);

        var mentor = await SignInAsync(DemoSeed.Email.Mentor, width);
        var waiting = mentor.GetByTestId("needs-answer").Filter(new() { HasText = "Ingrid Peters" });
        await Expect(waiting).ToHaveCountAsync(1);
        await waiting.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(mentor.GetByTestId("messages")).ToContainTextAsync(question);
        await mentor.Locator("textarea[name='Input.Text']").FillAsync("Ja, dat is goed. Tot donderdag!");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Versturen", Exact = true }).ClickAsync();
        await Expect(mentor.GetByRole(AriaRole.Status)).ToContainTextAsync("Het bericht is verstuurd.");
        // Answered: it no longer waits on her home page.
        await mentor.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Mijn jongeren", Exact = true }).ClickAsync();
        await Expect(mentor.GetByTestId("needs-answer").Filter(new() { HasText = "Ingrid Peters" })).ToHaveCountAsync(0);
        await mentor.Context.CloseAsync();

        await mother.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Start", Exact = true }).ClickAsync();
        await Link(mother, "Berichten met het team (Noor Peters)").ClickAsync();
        await Expect(mother.GetByTestId("messages")).ToContainTextAsync("Ja, dat is goed. Tot donderdag!");
        await mother.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_mentor_starts_an_extra_measurement_and_the_youth_fills_it_in_from_his_home_page_on_phone_and_laptop()
    {
        var mentor = await SignInAsync(DemoSeed.Email.Mentor, 1280);
        await Link(mentor, "Meting starten (Daan de Groot)").ClickAsync();
        await mentor.ExpectHeadingAsync("Meting starten");
        await mentor.GetByLabel("Een extra meting").CheckAsync();
        await mentor.GetByLabel("Op welke dag?").FillAsync(app.Services.GetRequiredService<TimeProvider>().DutchToday().ToString("yyyy-MM-dd"));
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Meting starten", Exact = true }).ClickAsync();
        await Expect(mentor.GetByRole(AriaRole.Status)).ToContainTextAsync("De meting is gestart.");
        await mentor.Context.CloseAsync();

        // Half on his phone, the rest on a laptop: the answers wait for him on the server.
        var phone = await SignInAsync(DemoSeed.Email.Daan, 360);
        await phone.ExpectHeadingAsync("Hoi Daan!");
        await LinkStartingWith(phone, "Vul de vragenlijst in").ClickAsync();
        await phone.GetByTestId("begin").ClickAsync();
        var statements = phone.Locator("fieldset.statement");
        await Expect(statements).ToHaveCountAsync(20);
        for (var i = 0; i < 10; i++) await statements.Nth(i).GetByLabel("mee eens", new() { Exact = true }).CheckAsync();
        await Expect(phone.Locator("form[data-autosave]")).ToHaveAttributeAsync("data-pending", "0");
        await phone.AssertNoHorizontalScrollAsync(360);
        await phone.Context.CloseAsync();

        var laptop = await SignInAsync(DemoSeed.Email.Daan, 1280);
        await LinkStartingWith(laptop, "Verder met de vragenlijst").ClickAsync();
        await laptop.GetByTestId("begin").ClickAsync();
        statements = laptop.Locator("fieldset.statement");
        for (var i = 0; i < 10; i++) await Expect(statements.Nth(i).GetByLabel("mee eens", new() { Exact = true })).ToBeCheckedAsync();
        for (var i = 10; i < 20; i++) await statements.Nth(i).GetByLabel("helemaal mee eens", new() { Exact = true }).CheckAsync();
        await laptop.GetByTestId("send").ClickAsync();
        await laptop.ExpectHeadingAsync("Bedankt!");
        await laptop.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Start", Exact = true }).ClickAsync();
        await Expect(laptop.GetByTestId("open-questionnaires")).ToHaveCountAsync(0);
        await laptop.Context.CloseAsync();
    }

    [BrowserTheory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task A_team_lead_finds_the_overdue_contact_and_opens_that_youths_file(int width)
    {
        var lead = await SignInAsync(DemoSeed.Email.TeamLead, width);
        await lead.ExpectHeadingAsync("Team Noord");
        await Expect(lead.GetByTestId("team-contact")).ToContainTextAsync("1");
        var overdue = lead.Locator("[data-testid=contact-state][data-state=Overdue]");
        await Expect(overdue).ToHaveCountAsync(1);
        var row = lead.Locator("tr").Filter(new() { Has = overdue });
        await Expect(row).ToContainTextAsync("Sam Jansen");
        await row.GetByRole(AriaRole.Link, new() { Name = "Sam Jansen" }).ClickAsync();
        await lead.ExpectHeadingAsync("Sam Jansen");
        await Expect(lead.Locator("main")).ToContainTextAsync("Linda Jansen");
        await lead.AssertNoHorizontalScrollAsync(width);
        await lead.Context.CloseAsync();
    }

    [BrowserTheory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_behavioural_scientist_reaches_only_the_measurement_shared_with_her_for_supervision(int width)
    {
        var page = await SignInAsync(DemoSeed.Email.Scientist, width);
        await page.ExpectHeadingAsync("Mijn jongeren");
        // Nothing of Noor's is shared: her file offers no measurements.
        await Link(page, "Noor Peters").ClickAsync();
        await page.ExpectHeadingAsync("Noor Peters");
        await Expect(page.GetByTestId("alliance-link")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Mijn jongeren", Exact = true }).ClickAsync();
        await Link(page, "Daan de Groot").ClickAsync();
        await page.GetByTestId("alliance-link").ClickAsync();
        await page.ExpectHeadingAsync("Metingen van de samenwerking");
        await Expect(page.Locator("section.measurement")).ToHaveCountAsync(1);
        await page.GetByTestId("results-link").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Uitslag werkrelatie van Daan");
        await Expect(page.Locator("main table").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    public static TheoryData<string, int, string[]> Tours()
    {
        var data = new TheoryData<string, int, string[]>();
        foreach (var width in Viewport.Widths)
        {
            data.Add(DemoSeed.Email.Noor, width, ["Je plan en je doelen", "Afspraken", "Berichten met je team", "Schrijf in je dagboek", "Wie keek in je dossier?"]);
            data.Add(DemoSeed.Email.NoorsMother, width, ["Het plan en de doelen (Noor Peters)", "Vraag om een gesprek, een telefoontje of informatie (Noor Peters)", "Ziek of afwezig melden (Noor Peters)", "Noor Peters"]);
            data.Add(DemoSeed.Email.Mentor, width, ["Noor Peters", "Contact vastleggen (Daan de Groot)", "Alle berichten (Sam Jansen)"]);
            data.Add(DemoSeed.Email.Administrator, width, ["Berichten aan groepen", "Bijeenkomsten"]);
            data.Add(DemoSeed.Email.ShadowMentor, width, ["Noor Peters", "Contactritme", "Berichten aan groepen"]);
            data.Add(DemoSeed.Email.Counsellor, width, ["Daan de Groot", "Bijeenkomsten"]);
            data.Add(DemoSeed.Email.Scientist, width, ["Sam Jansen", "Contactritme"]);
            data.Add(DemoSeed.Email.SouthMentor, width, ["Lotte Hendriks", "Meting starten (Lotte Hendriks)", "Contact vastleggen (Lotte Hendriks)"]);
            data.Add(DemoSeed.Email.TeamLead, width, ["Sam Jansen", "Berichten aan groepen"]);
            data.Add(DemoSeed.Email.SouthTeamLead, width, ["Lotte Hendriks", "Bijeenkomsten"]);
            data.Add(DemoSeed.Email.SamsMother, width, ["Het plan en de doelen (Sam Jansen)", "Berichten met het team (Sam Jansen)", "Sam Jansen"]);
            data.Add(DemoSeed.Email.NoorsFather, width, ["Berichten met het team (Noor Peters)", "Noor Peters"]);
            data.Add(DemoSeed.Email.DaansMother, width, ["Het plan en de doelen (Daan de Groot)", "Daan de Groot"]);
            data.Add(DemoSeed.Email.DaansFather, width, ["Daan de Groot", "Berichten met het team (Daan de Groot)"]);
            data.Add(DemoSeed.Email.LottesFather, width, ["Lotte Hendriks"]);
            data.Add(DemoSeed.Email.Daan, width, ["Je plan en je doelen", "Kies wat je ouders zien", "Schrijf in je dagboek", "Wie keek in je dossier?"]);
        }
        return data;
    }

    /// <summary>From home, each link opens a page with a heading and without an error, and the header's home link
    /// brings the person back.</summary>
    [BrowserTheory]
    [MemberData(nameof(Tours))]
    public async Task Each_role_reaches_its_pages_from_home_by_clicking(string email, int width, string[] links)
    {
        var page = await SignInAsync(email, width);
        var home = new Uri(page.Url).AbsolutePath;
        foreach (var name in links)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First.ClickAsync();
            await Expect(page).Not.ToHaveURLAsync(new Regex(Regex.Escape(home) + "$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await Expect(page.Locator("main")).Not.ToContainTextAsync("Geen toegang");
            await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link).First.ClickAsync();
            await page.ExpectPathAsync(home);
        }
        await page.Context.CloseAsync();
    }
}
