using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Samenspel.Bench;

/// <summary>One signed-in person: a real HTTP client over loopback with its own cookie jar, no redirects followed.</summary>
public sealed partial class Browser : IDisposable
{
    readonly HttpClient client;
    readonly CookieJar cookies = new()
    {
        InnerHandler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
        },
    };

    Browser(Uri baseAddress) => client = new HttpClient(cookies) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };

    public string Email { get; private init; } = "";

    /// <summary>This browser's cookies (sign-in and antiforgery) as a <c>Cookie</c> header value, also for wrk.</summary>
    public string CookieHeader => cookies.Header;

    /// <summary>The app's cookies are <c>__Host-</c> and Secure. Browsers keep and send them on http://127.0.0.1 (a secure
    /// context), but .NET's CookieContainer does not send Secure cookies over http; so the bench keeps them itself.</summary>
    sealed class CookieJar : DelegatingHandler
    {
        readonly Dictionary<string, string> values = [];

        public string Header { get { lock (values) return string.Join("; ", values.Select(kv => $"{kv.Key}={kv.Value}")); } }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Header is { Length: > 0 } header) request.Headers.Add("Cookie", header);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
                lock (values)
                    foreach (var pair in set.Select(c => c.Split(';')[0].Split('=', 2)))
                        values[pair[0]] = pair[1];
            return response;
        }
    }

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
