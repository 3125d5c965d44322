using System.Net;
using System.Text.RegularExpressions;
using Samenspel.Web.Data;

namespace Samenspel.Web.Tests.Infrastructure;

/// <summary>An HTTP client that behaves like a browser for forms: it keeps cookies and posts the antiforgery token.</summary>
public sealed partial class Browser(HttpClient client)
{
    readonly List<string> cookies = [];
    public HttpClient Client => client;

    /// <summary>The cookies this browser received, as a Cookie header value.</summary>
    public string Cookies() => string.Join("; ", cookies);

    async Task<HttpResponseMessage> RememberAsync(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
            foreach (var c in set)
            {
                var pair = c.Split(';')[0];
                cookies.RemoveAll(existing => existing.Split('=')[0] == pair.Split('=')[0]);
                cookies.Add(pair);
            }
        return response;
    }

    public static async Task<Browser> LoginAsync(SamenspelFactory factory, string email, string password = DemoSeed.Password)
    {
        var browser = new Browser(factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = SamenspelFactory.BaseAddress }));
        var response = await browser.PostFormAsync("/Accounts/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Login as {email} failed: {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
        return browser;
    }

    public static Browser Anonymous(SamenspelFactory factory) =>
        new(factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = SamenspelFactory.BaseAddress }));

    public Task<HttpResponseMessage> GetAsync(string url) => RememberAsync(client.GetAsync(url));

    public async Task<string> GetPageAsync(string url)
    {
        var response = await GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Loads the form page first for its antiforgery token, then posts the fields.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await (await RememberAsync(client.GetAsync(formPage ?? url))).Content.ReadAsStringAsync();
        var token = TokenField().Match(page);
        if (!token.Success) throw new InvalidOperationException($"No antiforgery token on {formPage ?? url}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await RememberAsync(client.PostAsync(url, new FormUrlEncodedContent(fields)));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
