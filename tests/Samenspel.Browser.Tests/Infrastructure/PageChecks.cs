using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Samenspel.Browser.Tests.Infrastructure;

/// <summary>What every browser test does: sign in through the login form, and check a page with axe-core.</summary>
public static class PageChecks
{
    public const string Password = "samenspel-demo";

    static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Fills the login form by its labels and waits until the app has sent the user on.</summary>
    public static async Task SubmitLoginAsync(this IPage page, string email, string password = Password)
    {
        await page.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        // Poll the committed URL instead of WaitForURLAsync: when the redirect has already committed, Playwright's
        // WaitForURLAsync falls back to waiting for a load state, and now and then Chromium never reported it.
        for (var waited = 0; page.Url.Contains("/Accounts/Login", StringComparison.OrdinalIgnoreCase); waited += 50)
        {
            if (waited < 30_000) { await Task.Delay(50); continue; }
            // Say what the page showed instead: an error message, or a page that never came.
            var shown = await page.Locator("main").InnerTextAsync(new() { Timeout = 5_000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "(no page)");
            throw new TimeoutException($"Signing in as {email} did not leave {page.Url}. The page says: {shown}");
        }
    }

    public static async Task LogInAsync(this IPage page, AppServer app, string email)
    {
        await page.GotoAsync(app.Url("/Accounts/Login"));
        await page.SubmitLoginAsync(email);
    }

    /// <summary>Opens each page as <paramref name="email"/> (null: not signed in) on a phone and on a laptop: it loads, axe-core finds no
    /// WCAG 2.1 AA violation, and on the phone nothing scrolls sideways.</summary>
    public static async Task AssertAccessibleAsync(this Chromium chromium, AppServer app, string? email, params string[] paths)
    {
        foreach (var viewport in new[] { Viewport.Phone, Viewport.Laptop })
        {
            var page = await chromium.NewPageAsync(viewport);
            if (email is not null) await page.LogInAsync(app, email);
            foreach (var path in paths)
            {
                var response = await page.GotoAsync(app.Url(path));
                Assert.True(response?.Ok, $"{email} on {path}: {response?.Status}");
                await page.AssertNoAxeViolationsAsync();
                if (viewport == Viewport.Phone) await page.AssertNoHorizontalScrollAsync(viewport.Width);
            }
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Runs axe-core with the WCAG 2.1 A and AA rules and fails with every violation spelled out.</summary>
    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(WcagAA);
        var report = string.Join(Environment.NewLine, result.Violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help} {v.HelpUrl}{Environment.NewLine}" +
            string.Join(Environment.NewLine, v.Nodes.Select(n => $"    at {n.Target}: {n.Html}{Environment.NewLine}      " +
                string.Join(" / ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))))));
        Assert.True(result.Violations.Length == 0, $"axe found {result.Violations.Length} WCAG 2.1 AA violation(s) on {page.Url}:{Environment.NewLine}{report}");
    }

    /// <summary>Nothing sticks out sideways: the page fits the viewport without horizontal scrolling.</summary>
    public static async Task AssertNoHorizontalScrollAsync(this IPage page, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} scrolls sideways at {width}px: scrollWidth is {scrollWidth}px.");
    }

    public static Task ExpectPathAsync(this IPage page, string path) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex($"^[^?#]*{Regex.Escape(path)}(\\?.*)?$"));

    public static Task ExpectHeadingAsync(this IPage page, string text) =>
        Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = text, Exact = true, Level = 1 })).ToBeVisibleAsync();
}
