using Microsoft.Playwright;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Samenspel.Browser.Tests;

/// <summary>Tables at 360 px (issue 10): every row becomes a card whose cells name their column, so nothing is cut off
/// and nothing scrolls sideways, neither the page nor the box around a table. (The GAS levels on a plan page use the same
/// pattern; PlanJourneyTests checks that page at 360 px once the journey has made a plan: the demo has none.)</summary>
[Collection(BrowserCollection.Name)]
public sealed class NarrowTablesTests(Chromium chromium, AppServer app) : IClassFixture<AppServer>
{
    /// <summary>Cells (and table boxes) that stick out of the screen or hide part of what they hold.</summary>
    const string CutOff = """
        () => {
          const out = [];
          for (const box of document.querySelectorAll('main .table-scroll'))
            if (box.scrollWidth > box.clientWidth + 1) out.push(`box ${box.getAttribute('aria-label') ?? box.getAttribute('aria-labelledby')}: ${box.scrollWidth} > ${box.clientWidth}`);
          for (const cell of document.querySelectorAll('main table tbody td, main table tbody th')) {
            if (cell.offsetParent === null) continue;
            const r = cell.getBoundingClientRect();
            if (r.left < 0 || r.right > window.innerWidth || cell.scrollWidth > cell.clientWidth + 1)
              out.push(`cell "${cell.textContent.trim().slice(0, 40)}": ${r.left}-${r.right}, ${cell.scrollWidth} > ${cell.clientWidth}`);
          }
          return out;
        }
        """;

    static async Task AssertNothingCutOffAsync(IPage page)
    {
        await page.AssertNoHorizontalScrollAsync(Viewport.Phone.Width);
        var cutOff = await page.EvaluateAsync<string[]>(CutOff);
        Assert.True(cutOff.Length == 0, $"Cut off at 360 px on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, cutOff)}");
    }

    static Task<string> LabelShownBeforeAsync(ILocator cell) => cell.EvaluateAsync<string>("c => getComputedStyle(c, '::before').content");

    [BrowserFact]
    public async Task Team_overview_rows_become_cards_that_name_each_column_at_360_px()
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        await page.LogInAsync(app, DemoSeed.Email.TeamLead);
        await page.GotoAsync(app.Url("/Team"));
        var table = page.Locator("main table").First;
        await Expect(table).ToBeVisibleAsync();

        await AssertNothingCutOffAsync(page);
        // The column headers are not shown above the cards; each cell says which column it is.
        var mentorCell = table.Locator("tbody tr").First.Locator("td").Nth(1);
        Assert.Equal("\"Naam mentor\"", await LabelShownBeforeAsync(mentorCell));
        Assert.Equal("block", await table.Locator("tbody tr").First.EvaluateAsync<string>("r => getComputedStyle(r).display"));
        await page.Context.CloseAsync();

        // On a laptop it is a normal table with its headers.
        var wide = await chromium.NewPageAsync(Viewport.Laptop);
        await wide.LogInAsync(app, DemoSeed.Email.TeamLead);
        await wide.GotoAsync(app.Url("/Team"));
        await Expect(wide.Locator("main table thead th").First).ToBeVisibleAsync();
        Assert.Equal("table-row", await wide.Locator("main table tbody tr").First.EvaluateAsync<string>("r => getComputedStyle(r).display"));
        Assert.Equal("none", await LabelShownBeforeAsync(wide.Locator("main table tbody td").First));
        await wide.Context.CloseAsync();

        await chromium.AssertAccessibleAsync(app, DemoSeed.Email.TeamLead, "/Team");
    }

    [BrowserFact]
    public async Task The_access_log_fits_a_phone()
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        await page.LogInAsync(app, DemoSeed.Email.Noor);
        await page.GetByRole(AriaRole.Link, new() { Name = "Wie keek in je dossier?" }).ClickAsync();
        await page.ExpectPathAsync("/Youths/AccessLog");
        // One line per visit, not a wide table.
        await Expect(page.Locator(".access-log__visit").First).ToContainTextAsync("je dossier");

        await AssertNothingCutOffAsync(page);
        await page.Context.CloseAsync();
    }
}
