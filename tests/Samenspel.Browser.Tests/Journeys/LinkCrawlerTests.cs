using Microsoft.Playwright;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Web.Data;

namespace Samenspel.Browser.Tests.Journeys;

/// <summary>
/// Signs in as each demo login on the lived-in demo and follows every same-site link reachable from the home page,
/// with GET only, to a bounded depth. No followed link may answer 4xx or 5xx. Each kind of page (path and query
/// names) is checked once per login and width: axe-core WCAG 2.1 AA on a phone and on a laptop, and on the phone
/// nothing scrolls sideways and no table is cut off.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LinkCrawlerTests(Chromium chromium, LivedInAppServer app) : IClassFixture<LivedInAppServer>
{
    const int MaxDepth = 3;
    /// <summary>At most this many URLs of one kind of page are followed (e.g. three youths' plans, not thirty).</summary>
    const int PerKind = 3;

    public static TheoryData<string> Logins() => new(DemoSeed.Logins.Select(l => l.Email));

    [BrowserTheory]
    [MemberData(nameof(Logins))]
    public async Task Every_link_from_home_opens_an_accessible_page_that_fits_a_phone(string email)
    {
        var failures = new List<string>();
        var phone = await chromium.NewPageAsync(Viewport.Phone);
        await phone.LogInAsync(app, email);
        var kinds = new Dictionary<string, List<string>>();
        var queue = new Queue<(string Url, int Depth)>();
        var seen = new HashSet<string>();
        var home = PathAndQuery(phone.Url);
        seen.Add(home);
        queue.Enqueue((home, 0));
        while (queue.TryDequeue(out var next))
        {
            var response = await phone.GotoAsync(app.Url(next.Url));
            if (response is null || response.Status >= 400)
            {
                failures.Add($"{next.Url} answered {response?.Status}");
                continue;
            }
            var kind = KindOf(next.Url);
            if (!kinds.TryGetValue(kind, out var urls))
            {
                kinds[kind] = urls = [];
                await CheckAsync(phone, Viewport.Phone, failures);
            }
            urls.Add(next.Url);
            if (next.Depth == MaxDepth) continue;
            foreach (var link in await SameSiteLinksAsync(phone))
            {
                var linkKind = KindOf(link);
                if (seen.Count(s => KindOf(s) == linkKind) >= PerKind || !seen.Add(link)) continue;
                queue.Enqueue((link, next.Depth + 1));
            }
        }
        await phone.Context.CloseAsync();

        var laptop = await chromium.NewPageAsync(Viewport.Laptop);
        await laptop.LogInAsync(app, email);
        foreach (var first in kinds.Values.Select(u => u[0]))
        {
            await laptop.GotoAsync(app.Url(first));
            await CheckAsync(laptop, Viewport.Laptop, failures);
        }
        await laptop.Context.CloseAsync();

        Assert.True(kinds.Count >= 3, $"{email} reached only {string.Join(", ", kinds.Keys)} from home.");
        Assert.True(failures.Count == 0, $"{email}, {seen.Count} links followed:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    static async Task CheckAsync(IPage page, Viewport viewport, List<string> failures)
    {
        try
        {
            await page.AssertNoAxeViolationsAsync();
            if (viewport != Viewport.Phone) return;
            await page.AssertNoHorizontalScrollAsync(viewport.Width);
            var clipped = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('table')].filter(t => {
                if (t.getBoundingClientRect().right > window.innerWidth + 1) return true;
                for (let p = t.parentElement; p; p = p.parentElement)
                    if (p.scrollWidth > p.clientWidth + 1 && getComputedStyle(p).overflowX !== 'visible') return true;
                return false;
            }).map(t => (t.caption?.textContent ?? t.id ?? 'table').trim())");
            Assert.True(clipped.Length == 0, $"{page.Url} cuts off a table at {viewport.Width}px: {string.Join(", ", clipped)}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failures.Add($"{viewport}: {e.Message}");
        }
    }

    /// <summary>Same-site page links, without fragments. Not followed: the language switch and logout (they change the
    /// session), attachments (downloads) and static files.</summary>
    static async Task<IEnumerable<string>> SameSiteLinksAsync(IPage page)
    {
        var origin = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
        var hrefs = await page.EvalOnSelectorAllAsync<string[]>("main a[href], header a[href]", "links => links.map(a => a.href)");
        return hrefs.Where(h => h.StartsWith(origin + "/", StringComparison.Ordinal))
            .Select(PathAndQuery)
            .Where(p => !p.StartsWith("/Accounts/Culture", StringComparison.OrdinalIgnoreCase)
                && !p.StartsWith("/Accounts/Logout", StringComparison.OrdinalIgnoreCase)
                && !p.StartsWith("/Messages/Attachment", StringComparison.OrdinalIgnoreCase)
                && !p.StartsWith("/fhir", StringComparison.OrdinalIgnoreCase)
                && !Path.HasExtension(p.Split('?')[0]))
            .Distinct();
    }

    static string PathAndQuery(string url)
    {
        var uri = new Uri(url);
        return uri.AbsolutePath + uri.Query;
    }

    /// <summary>A kind of page: its path and the names (not values) of its query, e.g. /Plan?youthId.</summary>
    static string KindOf(string pathAndQuery)
    {
        var parts = pathAndQuery.Split('?', 2);
        IEnumerable<string> names = parts.Length == 1 ? [] : parts[1].Split('&').Select(p => p.Split('=')[0]).Order();
        return parts[0].TrimEnd('/').ToLowerInvariant() + "?" + string.Join("&", names);
    }
}
