using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Web.Data;

namespace Samenspel.Browser.Tests;

/// <summary>The Content-Security-Policy (no inline script or style) breaks nothing: the trend charts on the mentor's
/// results page draw with their colours, dashes and fonts, and Chromium reports no violation. The link crawler checks
/// every other page for violations the same way.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(Chromium chromium, LivedInAppServer app) : IClassFixture<LivedInAppServer>
{
    [BrowserFact]
    public async Task Trend_charts_draw_under_the_policy_without_a_violation()
    {
        Guid measurement;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
            // Daan's latest measurement with both answers: its trend runs over the earlier ones.
            var daan = await db.Youths.Where(y => y.GivenName == "Daan").Select(y => y.Id).SingleAsync();
            measurement = (await db.Measurements.Where(m => m.YouthId == daan
                    && db.Responses.Count(r => r.MeasurementId == m.Id && r.Status == ResponseStatus.Completed) >= 2)
                .Select(m => new { m.Id, m.PlannedOn }).ToListAsync()).MaxBy(m => m.PlannedOn)!.Id;
        }
        var page = await chromium.NewPageAsync(Viewport.Laptop);
        var violations = page.CollectPolicyViolations();
        await page.LogInAsync(app, DemoSeed.Email.Mentor);

        var response = await page.GotoAsync(app.Url($"/Alliance/Results?id={measurement}"));
        Assert.True(response?.Ok, $"results: {response?.Status}");
        Assert.Contains("frame-ancestors 'none'", response!.Headers["content-security-policy"]);
        var charts = page.Locator("svg.trend-chart");
        Assert.True(await charts.CountAsync() > 0, "no trend chart on the results page");
        await page.Locator(".trend-charts").ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "samenspel-trend-charts.png") });

        // Drawn as before the policy: the youth's line solid blue, the mentor's dashed orange, text at 13px sans-serif.
        var drawn = await charts.First.EvaluateAsync<string[]>(@"svg => {
            const lines = [...svg.querySelectorAll('polyline')].map(getComputedStyle);
            const text = getComputedStyle(svg.querySelector('text'));
            return [
                lines.some(s => s.stroke === 'rgb(29, 78, 137)' && s.strokeDasharray === 'none') + '',
                lines.some(s => s.stroke === 'rgb(163, 72, 0)' && s.strokeDasharray !== 'none') + '',
                text.fontSize, text.fontFamily];
        }");
        Assert.Equal(["true", "true", "13px", "sans-serif"], drawn);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}

public static class PolicyViolations
{
    /// <summary>Every Content-Security-Policy violation Chromium reports on this page from now on, with the page's
    /// address, added to <paramref name="violations"/> (or a new list); lock the list to read it while pages run.</summary>
    public static List<string> CollectPolicyViolations(this IPage page, List<string>? violations = null)
    {
        violations ??= [];
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                lock (violations) violations.Add($"{page.Url}: {message.Text}");
        };
        return violations;
    }
}
