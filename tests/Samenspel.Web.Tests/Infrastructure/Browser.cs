using System.Net;
using System.Text.RegularExpressions;
using Samenspel.Web.Data;

namespace Samenspel.Web.Tests.Infrastructure;

/// <summary>An HTTP client that behaves like a browser for forms: it keeps cookies and posts the antiforgery token.</summary>
public sealed partial class Browser(HttpClient client)
{
    public HttpClient Client => client;

    public static async Task<Browser> LoginAsync(SamenspelFactory factory, string email, string password = DemoSeed.Password)
    {
        var browser = new Browser(factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        var response = await browser.PostFormAsync("/Accounts/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Login as {email} failed: {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
        return browser;
    }

    public static Browser Anonymous(SamenspelFactory factory) =>
        new(factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));

    public Task<HttpResponseMessage> GetAsync(string url) => client.GetAsync(url);

    public async Task<string> GetPageAsync(string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Loads the form page first for its antiforgery token, then posts the fields.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? url);
        var token = TokenField().Match(page);
        if (!token.Success) throw new InvalidOperationException($"No antiforgery token on {formPage ?? url}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
