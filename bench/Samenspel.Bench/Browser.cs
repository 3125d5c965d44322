using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Samenspel.Bench;

/// <summary>One signed-in person: a real HTTP client over loopback with its own cookie jar, no redirects followed.</summary>
public sealed partial class Browser : IDisposable
{
    readonly HttpClient client;

    Browser(Uri baseAddress)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
        };
        client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
    }

    public string Email { get; private init; } = "";

    /// <summary>GET the login form for the antiforgery token and cookie, then POST the credentials; expects a 302.</summary>
    public static async Task<Browser> LoginAsync(Uri baseAddress, string email, string password)
    {
        var browser = new Browser(baseAddress) { Email = email };
        var form = await browser.GetPageAsync("/Accounts/Login");
        var token = TokenField().Match(form);
        if (!token.Success) throw new InvalidOperationException("No __RequestVerificationToken on /Accounts/Login.");
        var response = await browser.client.PostAsync("/Accounts/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Login as {email} answered {(int)response.StatusCode} instead of 302.");
        return browser;
    }

    public async Task<string> GetPageAsync(string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} as {Email} answered {(int)response.StatusCode} {response.Headers.Location}");
        return body;
    }

    /// <summary>One round trip, from sending the request until the whole body is read; fails on anything but 200.</summary>
    public async Task<double> TimeAsync(string url)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} as {Email} answered {(int)response.StatusCode} {response.Headers.Location}");
        return elapsed;
    }

    /// <summary>The antiforgery token of a page's form (valid for every form of this browser's cookie).</summary>
    public async Task<string> TokenAsync(string url) => TokenField().Match(await GetPageAsync(url)) is { Success: true } token
        ? WebUtility.HtmlDecode(token.Groups[1].Value)
        : throw new InvalidOperationException($"No __RequestVerificationToken on {url}.");

    /// <summary>One form POST, timed like <see cref="TimeAsync"/>; fails unless the app redirects (302) to
    /// <paramref name="expectedLocation"/>.</summary>
    public async Task<double> TimePostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string expectedLocation)
    {
        using var content = new FormUrlEncodedContent(fields);
        var started = Stopwatch.GetTimestamp();
        using var response = await client.PostAsync(url, content);
        await response.Content.ReadAsByteArrayAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.StartsWith(expectedLocation, StringComparison.Ordinal) != true)
            throw new InvalidOperationException($"POST {url} as {Email} answered {(int)response.StatusCode} {response.Headers.Location}");
        return elapsed;
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("/Youths/Details\\?id=([0-9a-fA-F-]{36})")]
    public static partial Regex YouthLink();
}
