using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Hl7.Fhir.Serialization;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;
using Bundle = Hl7.Fhir.Model.Bundle;

namespace Samenspel.Web.Tests.Security;

/// <summary>Light pages (issue 13): pages and FHIR JSON compressed with Brotli or gzip (over https, as the test client
/// asks), the stylesheets fingerprinted, precompressed and kept for a year, and of the Utrecht library only the
/// components the pages use, each class the source uses still styled.</summary>
public sealed partial class LightPagesTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    const string Immutable = "public, max-age=31536000, immutable";

    static HttpRequestMessage Get(string url, string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return request;
    }

    /// <summary>The body as sent and as text, after checking that it was sent with <paramref name="encoding"/>.</summary>
    static async Task<(int Sent, string Text)> DecodeAsync(HttpResponseMessage response, string encoding)
    {
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var body = await response.Content.ReadAsByteArrayAsync();
        using Stream decoded = encoding == "br" ? new BrotliStream(new MemoryStream(body), CompressionMode.Decompress) : new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return (body.Length, await reader.ReadToEndAsync());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_page_is_compressed_and_keeps_its_headers(string encoding)
    {
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var response = await mentor.Client.SendAsync(Get("/Caseload", encoding));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SecurityHeadersTests.AssertHeaders(response);
        var (sent, html) = await DecodeAsync(response, encoding);
        Assert.Contains("Mijn jongeren", html);
        Assert.EndsWith("</html>", html.TrimEnd());
        Assert.True(sent * 3 < Encoding.UTF8.GetByteCount(html), $"{encoding}: {sent} bytes sent for {html.Length} characters of HTML");
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Fhir_json_is_compressed(string encoding)
    {
        var client = await FhirClient.TokenClientAsync(factory, DemoSeed.Email.Mentor);
        var response = await client.SendAsync(Get("/fhir/Patient", encoding));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        SecurityHeadersTests.AssertHeaders(response);
        var bundle = Assert.IsType<Bundle>(FhirClient.Parser.DeserializeResource((await DecodeAsync(response, encoding)).Text));
        Assert.NotEmpty(bundle.Entry);
    }

    [Fact]
    public async Task Stylesheets_are_fingerprinted_precompressed_and_kept_for_a_year()
    {
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var links = StylesheetLink().Matches(await mentor.GetPageAsync("/Caseload")).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, links.Count);
        Assert.Contains(links, l => l.StartsWith("/lib/utrecht/component-library-css/components.", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("/css/site.", StringComparison.Ordinal));

        foreach (var link in links)
        {
            // The name carries a hash of the content (e.g. site.5qpt034g96.css), so the file may be kept for a year.
            Assert.Matches(@"\.[a-z0-9]{10}\.css$", link);
            foreach (var encoding in new[] { "br", "gzip" })
            {
                var response = await mentor.Client.SendAsync(Get(link, encoding));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                SecurityHeadersTests.AssertHeaders(response, cacheable: true);
                Assert.Equal(Immutable, response.Headers.CacheControl!.ToString());
                Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
                var (sent, css) = await DecodeAsync(response, encoding);
                Assert.Contains(".utrecht-", css);
                // Precompressed at build: the length is known up front (compressed on the fly it would be chunked).
                Assert.Equal(sent, response.Content.Headers.ContentLength);
                Assert.True(sent * 4 < Encoding.UTF8.GetByteCount(css), $"{link} ({encoding}): {sent} bytes for {css.Length} characters");
            }
        }
        // Signed out too: the sign-in page needs the same files.
        var anonymous = await Browser.Anonymous(factory).Client.SendAsync(Get(links[0], "br"));
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(Immutable, anonymous.Headers.CacheControl!.ToString());
    }

    /// <summary>Classes the source uses that the whole Utrecht library does not style either, with why that is fine.</summary>
    static readonly Dictionary<string, string> NotInTheLibrary = new()
    {
        ["utrecht-status-badge--info"] = "the library has no info badge; it shows as the plain status badge",
    };

    [Fact]
    public void Every_utrecht_class_in_the_source_is_styled_by_the_shipped_css()
    {
        var root = HtmlRawTests.RepositoryRoot();
        var web = Path.Combine(root, "src", "Samenspel.Web");
        var wwwroot = Path.Combine(web, "wwwroot");
        var shipped = File.ReadAllText(Path.Combine(wwwroot, "lib", "utrecht", "component-library-css", "components.css"))
            + File.ReadAllText(Path.Combine(wwwroot, "css", "site.css"));
        var used = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => UtrechtClass().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .ToHashSet();

        Assert.Contains("utrecht-status-badge--danger", used); // built in C# (ContactStatus), not only in .cshtml
        Assert.True(used.Count > 50, $"only {used.Count} utrecht classes found");
        bool Styled(string c) => Regex.IsMatch(shipped, $@"\.{Regex.Escape(c)}(?![a-z0-9_-])");
        Assert.All(NotInTheLibrary.Keys, c => Assert.False(Styled(c), $"{c} is styled now: take it off {nameof(NotInTheLibrary)}"));
        var unstyled = used.Where(c => !Styled(c) && !NotInTheLibrary.ContainsKey(c)).Order().ToList();
        Assert.True(unstyled.Count == 0, "Used but not in the shipped CSS (add the component to scripts/utrecht-subset.mjs and run " +
            "scripts/refresh-assets.sh): " + string.Join(", ", unstyled));
        // Only a subset ships: the whole library (406 KB) is not served.
        Assert.False(File.Exists(Path.Combine(wwwroot, "lib", "utrecht", "component-library-css", "index.css")));
        Assert.DoesNotContain(".utrecht-accordion", shipped);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetLink();

    [GeneratedRegex("utrecht-[a-z0-9]+(?:(?:-|__|--)[a-z0-9]+)*")]
    private static partial Regex UtrechtClass();
}
