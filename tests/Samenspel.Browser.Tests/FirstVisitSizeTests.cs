using System.Text.Json;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Web.Data;

namespace Samenspel.Browser.Tests;

/// <summary>A mentor's first visit to the caseload (issue 13): the page, its stylesheets, scripts and fonts together
/// stay under 50 KB on the wire, as Chromium's Performance API counts it (compressed bodies plus headers).</summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstVisitSizeTests(Chromium chromium, LivedInAppServer app) : IClassFixture<LivedInAppServer>
{
    const int Budget = 50 * 1024;

    [BrowserFact]
    public async Task The_caseload_on_a_first_visit_costs_under_50_KB()
    {
        // Sign in elsewhere, then open the caseload in a new context with only the session cookie: an empty cache.
        var signIn = await chromium.NewPageAsync(Viewport.Phone);
        await signIn.LogInAsync(app, DemoSeed.Email.Mentor);
        var state = await signIn.Context.StorageStateAsync();
        await signIn.Context.CloseAsync();
        var context = await chromium.Browser.NewContextAsync(new() { StorageState = state, Locale = "nl-NL" });
        var page = await context.NewPageAsync();

        await page.GotoAsync(app.Url("/Caseload"));
        await page.ExpectHeadingAsync("Mijn jongeren");

        var json = await page.EvaluateAsync<JsonElement>("""
            () => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
                .map(e => ({ name: e.name, type: e.initiatorType, transfer: e.transferSize, body: e.encodedBodySize, decoded: e.decodedBodySize }))
            """);
        var entries = json.EnumerateArray().Select(e => (Name: e.GetProperty("name").GetString()!, Type: e.GetProperty("type").GetString()!,
            Transfer: e.GetProperty("transfer").GetInt64(), Body: e.GetProperty("body").GetInt64(), Decoded: e.GetProperty("decoded").GetInt64())).ToList();
        var report = string.Join("\n", entries.Select(e => $"{e.Transfer,7} B on the wire, {e.Decoded,7} B unpacked  {e.Type,-10} {e.Name}"));

        Assert.Contains(entries, e => e.Type == "navigation" && e.Name.EndsWith("/Caseload", StringComparison.Ordinal));
        Assert.Equal(2, entries.Count(e => e.Name.EndsWith(".css", StringComparison.Ordinal)));
        // Every file came over the network (a first visit: nothing from a cache) and compressed; the page and the
        // stylesheets (Brotli, precompressed at build) to less than a third. Chromium also asks for /favicon.ico.
        Assert.All(entries, e => Assert.True(e.Transfer > e.Body && e.Body > 0 && e.Body < e.Decoded, report));
        Assert.All(entries.Where(e => e.Type == "navigation" || e.Name.EndsWith(".css", StringComparison.Ordinal)),
            e => Assert.True(e.Body * 3 < e.Decoded, report));
        var total = entries.Sum(e => e.Transfer);
        Assert.True(total < Budget, $"{total} B transferred, over the {Budget} B budget:\n{report}");
        await context.CloseAsync();
    }
}
