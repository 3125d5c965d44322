using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Web.Data;

namespace Samenspel.Browser.Tests.Journeys;

/// <summary>
/// Signs in as each demo login on the lived-in demo and follows every same-site link reachable from the home page,
/// with GET only, to a bounded depth. No followed link may answer 4xx or 5xx. Each kind of page (path and query
/// names) is checked once per role and width: axe-core WCAG 2.1 AA on a phone and on a laptop, and on the phone
/// nothing scrolls sideways and no table is cut off. No rendered page may make Chromium report a Content-Security-Policy
/// violation (an inline script or style the policy blocks). At the end, at both widths, the login signs out with the
/// header's button and its saved cookies no longer sign in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LinkCrawlerTests(Chromium chromium, LivedInAppServer app) : IClassFixture<LivedInAppServer>
{
    const int MaxDepth = 3;
    /// <summary>At most this many URLs of one kind of page are followed (e.g. three youths' plans, not thirty).</summary>
    const int PerKind = 3;

    public static TheoryData<string> Logins() => new(DemoSeed.Logins.Select(l => l.Email));

    /// <summary>The kinds of page already checked with axe, per role and width: six parents see the same pages, and
    /// axe is the slow part. Every login still follows and status-checks all its own links.</summary>
    static readonly Dictionary<string, HashSet<string>> Checked = [];

    [BrowserTheory]
    [MemberData(nameof(Logins))]
    public async Task Every_link_from_home_opens_an_accessible_page_that_fits_a_phone(string email)
    {
        var role = DemoSeed.Logins.Single(l => l.Email == email).DutchRole;
        var failures = new List<string>();
        var phone = await chromium.NewPageAsync(Viewport.Phone);
        var violations = phone.CollectPolicyViolations();
        await phone.LogInAsync(app, email);
        var kinds = new Dictionary<string, string>();
        var queue = new Queue<(string Url, int Depth)>();
        var seen = new HashSet<string>();
        var home = PathAndQuery(phone.Url);
        seen.Add(home);
        queue.Enqueue((home, 0));
        while (queue.TryDequeue(out var next))
        {
            // GET with the page's cookies, without rendering: status and links. Rendering is for the checks below.
            var response = await phone.APIRequest.GetAsync(app.Url(next.Url), new() { MaxRedirects = 5 });
            if (response.Status >= 400)
            {
                failures.Add($"{next.Url} answered {response.Status}");
                continue;
            }
            kinds.TryAdd(KindOf(next.Url), next.Url);
            if (next.Depth == MaxDepth) continue;
            foreach (var link in SameSiteLinks(await response.TextAsync()))
            {
                var linkKind = KindOf(link);
                if (seen.Count(s => KindOf(s) == linkKind) >= PerKind || !seen.Add(link)) continue;
                queue.Enqueue((link, next.Depth + 1));
            }
        }

        foreach (var viewport in new[] { Viewport.Phone, Viewport.Laptop })
        {
            var page = viewport == Viewport.Phone ? phone : await chromium.NewPageAsync(viewport);
            if (page != phone)
            {
                page.CollectPolicyViolations(violations);
                await page.LogInAsync(app, email);
            }
            var done = Checked.TryGetValue($"{role} {viewport}", out var set) ? set : Checked[$"{role} {viewport}"] = [];
            foreach (var (kind, url) in kinds)
            {
                if (!done.Add(kind)) continue;
                await page.GotoAsync(app.Url(url));
                await CheckAsync(page, viewport, failures);
            }
            await LogOutAsync(page);
            await page.Context.CloseAsync();
        }

        lock (violations) failures.AddRange(violations);
        Assert.True(kinds.Count >= 3, $"{email} reached only {string.Join(", ", kinds.Keys)} from home.");
        Assert.True(failures.Count == 0, $"{email}, {seen.Count} links followed:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    /// <summary>Every login, at both widths, signs out with the visible button in the header, and is then signed out
    /// for real: the cookies saved before, replayed by another client, are a session before and the sign-in page after.</summary>
    async Task LogOutAsync(IPage page)
    {
        var saved = string.Join("; ", (await page.Context.CookiesAsync()).Select(c => $"{c.Name}={c.Value}"));
        Assert.DoesNotContain("/Accounts/Login", await ReplayAsync(saved));
        var logout = page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Uitloggen", Exact = true });
        await Assertions.Expect(logout).ToBeVisibleAsync();
        var colours = await logout.EvaluateAsync<string[]>(
            "b => [getComputedStyle(b).color, getComputedStyle(b.closest('header')).backgroundColor]");
        Assert.NotEqual(colours[1], colours[0]);
        await logout.ClickAsync();
        await page.ExpectHeadingAsync("U bent uitgelogd");
        Assert.Contains("/Accounts/Login", await ReplayAsync(saved));
    }

    /// <summary>Sends saved cookies from a client of its own (Chromium will not take a Secure __Host- cookie for a
    /// plain-http address through the debugging protocol) and returns where "/" sends it.</summary>
    async Task<string> ReplayAsync(string cookies)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, app.Url("/"));
        request.Headers.Add("Cookie", cookies);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
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
            // A cell stacked in a card must hold its content: a fixed cell height from the table styles drew cells over each other.
            var overlapping = await page.EvaluateAsync<int>(@"() => [...document.querySelectorAll('tr')].filter(tr => [...tr.children].some(c =>
                c.offsetParent !== null && getComputedStyle(c).display === 'block' && c.scrollHeight > c.clientHeight + 1)).length");
            Assert.True(overlapping == 0, $"{page.Url} draws table cells over each other at {viewport.Width}px ({overlapping} rows).");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failures.Add($"{viewport}: {e.Message}");
        }
    }

    /// <summary>Same-site page links (site-relative hrefs), without fragments. Not followed: the language switch and
    /// logout (they change the session), attachments (downloads), the API and static files.</summary>
    static IEnumerable<string> SameSiteLinks(string html) =>
        Regex.Matches(html, "<a [^>]*href=\"(/[^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Split('#')[0])
            .Where(p => p.Length > 0
                && !p.StartsWith("/Accounts/Culture", StringComparison.OrdinalIgnoreCase)
                && !p.StartsWith("/Accounts/Logout", StringComparison.OrdinalIgnoreCase)
                && !p.StartsWith("/Messages/Attachment", StringComparison.OrdinalIgnoreCase)
                && !p.StartsWith("/fhir", StringComparison.OrdinalIgnoreCase)
                && !Path.HasExtension(p.Split('?')[0]))
            .Distinct();

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
