using Microsoft.Playwright;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Samenspel.Browser.Tests;

/// <summary>Daan (17) decides per parent who reads his journal: the page a parent sees follows his choice.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ShieldedJournalJourneyTests(Chromium chromium, AppServer app) : IClassFixture<AppServer>
{
    [BrowserFact]
    public async Task Journal_is_shown_only_to_the_parents_Daan_shares_it_with()
    {
        // Seeded: Daan has shielded his journal from his father, not from his mother.
        await AsParentOnDaansFileAsync(DemoSeed.Email.DaansFather, async page => await ExpectNoJournalAsync(page));
        await AsParentOnDaansFileAsync(DemoSeed.Email.DaansMother, async page =>
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dagboekberichten", Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("journal")).ToContainTextAsync("gesolliciteerd");
        });

        await AsAsync(DemoSeed.Email.Daan, async page =>
        {
            await page.GotoAsync(app.Url("/Me/Sharing"));
            var mother = page.GetByRole(AriaRole.Group, new() { Name = "Anja de Groot mag zien:" });
            var journal = mother.GetByLabel("dagboek", new() { Exact = true });
            await Expect(journal).ToBeCheckedAsync();
            await journal.UncheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Je keuze is opgeslagen.");
            await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Anja de Groot mag zien:" })
                .GetByLabel("dagboek", new() { Exact = true })).Not.ToBeCheckedAsync();
        });

        await AsParentOnDaansFileAsync(DemoSeed.Email.DaansMother, async page => await ExpectNoJournalAsync(page));
    }

    async Task AsParentOnDaansFileAsync(string email, Func<IPage, Task> check) => await AsAsync(email, async page =>
    {
        await page.ExpectPathAsync("/Family");
        await page.GetByRole(AriaRole.Link, new() { Name = "Daan de Groot", Exact = true }).ClickAsync();
        await page.ExpectPathAsync("/Youths/Details");
        await page.ExpectHeadingAsync("Daan de Groot");
        await check(page);
    });

    async Task AsAsync(string email, Func<IPage, Task> act)
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        await page.LogInAsync(app, email);
        await act(page);
        await page.Context.CloseAsync();
    }

    static async Task ExpectNoJournalAsync(IPage page)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dagboekberichten", Exact = true })).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("journal")).ToHaveCountAsync(0);
        await Expect(page.GetByText("gesolliciteerd")).ToHaveCountAsync(0);
    }
}
