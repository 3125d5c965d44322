using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Security;

/// <summary>The app with one test-only way to a 500: a request to <see cref="ThrowPath"/> that no endpoint serves ends
/// in middleware added after the app's own, which throws. Production code has no such endpoint.</summary>
public class FailingFactory : SamenspelFactory
{
    public const string ThrowPath = "/test-only/throw";
    public const string Marker = "hidden-exception-text-7f3a";

    protected override string Provider => "sqlite";
    protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "samenspel.db")}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddTransient<IStartupFilter, ThrowAtTheEnd>());
    }

    sealed class ThrowAtTheEnd : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate rest) => context.Request.Path == ThrowPath
                ? throw new InvalidOperationException(Marker)
                : rest(context));
        };
    }
}

/// <summary>The same, started in the Development environment.</summary>
public sealed class FailingDevelopmentFactory : FailingFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
    }
}

/// <summary>The same, started in the Production environment.</summary>
public sealed class FailingProductionFactory : FailingFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

/// <summary>Every kind of response carries the security headers (SECURITY.md requirement 27): a page, the FHIR API,
/// a 404, a 500 and a static file. Only static files may be cached.</summary>
public sealed class SecurityHeadersTests(FailingFactory factory) : IClassFixture<FailingFactory>
{
    internal static void AssertHeaders(HttpResponseMessage response, bool cacheable = false, bool hsts = true)
    {
        var what = $"{response.RequestMessage!.RequestUri!.PathAndQuery} ({(int)response.StatusCode})";
        string? Header(string name) =>
            response.Headers.TryGetValues(name, out var v) || response.Content.Headers.TryGetValues(name, out v) ? string.Join(", ", v) : null;

        var csp = Header("Content-Security-Policy");
        Assert.True(csp is not null, $"{what}: no Content-Security-Policy");
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        var directives = csp.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ') + 1)..]);
        Assert.Equal("'self'", directives["default-src"]);
        Assert.Equal("'self'", directives["script-src"]);
        Assert.Equal("'self'", directives["style-src"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.Equal("'none'", directives["base-uri"]);
        Assert.Equal("'self'", directives["form-action"]);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header("Referrer-Policy"));
        var cache = Header("Cache-Control");
        if (cacheable) Assert.False(cache is null || cache.Contains("no-store"), $"{what}: Cache-Control {cache}");
        else Assert.True(cache == "no-store", $"{what}: Cache-Control {cache}");
        var sts = Header("Strict-Transport-Security");
        if (!hsts) Assert.Null(sts);
        else
        {
            Assert.True(sts is not null, $"{what}: no Strict-Transport-Security");
            Assert.Contains("includeSubDomains", sts);
            Assert.True(int.Parse(sts.Split(';')[0].Split('=')[1]) >= 365 * 24 * 3600, sts);
        }
    }

    [Fact]
    public async Task A_page_carries_the_headers_and_is_not_cached()
    {
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var page = await mentor.GetAsync("/Caseload");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        AssertHeaders(page);
        // The sign-in page too, before anyone is signed in.
        AssertHeaders(await Browser.Anonymous(factory).GetAsync("/Accounts/Login"));
    }

    [Fact]
    public async Task Fhir_responses_carry_the_headers_and_are_not_cached()
    {
        var client = await FhirClient.TokenClientAsync(factory, DemoSeed.Email.Mentor);
        var metadata = await client.GetAsync("/fhir/metadata");
        Assert.Equal(HttpStatusCode.OK, metadata.StatusCode);
        AssertHeaders(metadata);
        var search = await client.GetAsync("/fhir/Patient");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        AssertHeaders(search);
        var unknown = await client.GetAsync("/fhir/Bestaatniet/1");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        AssertHeaders(unknown);
        // An unexpected failure under /fhir (its table gone for a moment) answers a 500 OperationOutcome with the headers.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"CareTeamMembers\" RENAME TO \"CareTeamMembersAway\""));
        try
        {
            var failed = await client.GetAsync("/fhir/Patient");
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
            Assert.Equal("application/fhir+json", failed.Content.Headers.ContentType?.MediaType);
            AssertHeaders(failed);
        }
        finally
        {
            await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"CareTeamMembersAway\" RENAME TO \"CareTeamMembers\""));
        }
        var anonymous = await FhirClient.TokenClientAsync(factory, null);
        var refused = await anonymous.GetAsync("/fhir/Patient");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        AssertHeaders(refused);
    }

    [Fact]
    public async Task A_404_carries_the_headers_and_is_not_cached()
    {
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var missing = await mentor.GetAsync("/Bestaat/Niet");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Niet gevonden", await missing.Content.ReadAsStringAsync());
        AssertHeaders(missing);
        var missingFile = await mentor.GetAsync("/css/bestaatniet.css");
        Assert.Equal(HttpStatusCode.NotFound, missingFile.StatusCode);
        AssertHeaders(missingFile);
    }

    [Fact]
    public async Task A_500_carries_the_headers_and_shows_no_exception()
    {
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var failed = await mentor.GetAsync(FailingFactory.ThrowPath);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        var body = await failed.Content.ReadAsStringAsync();
        Assert.Contains("Er ging iets mis", body);
        Assert.DoesNotContain(FailingFactory.Marker, body);
        Assert.DoesNotContain("InvalidOperationException", body);
        AssertHeaders(failed);
    }

    [Fact]
    public async Task A_static_file_carries_the_headers_and_keeps_its_caching()
    {
        var anonymous = Browser.Anonymous(factory);
        var css = await anonymous.GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        AssertHeaders(css, cacheable: true);
        Assert.Equal("no-cache", css.Headers.CacheControl!.ToString());
        // Linked with its hash (asp-append-version), a file may be kept for a year.
        var versioned = await anonymous.GetAsync("/js/autosave.js?v=abc");
        Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
        AssertHeaders(versioned, cacheable: true);
        Assert.Contains("immutable", versioned.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Pages_use_no_inline_script_or_style_that_the_policy_would_block()
    {
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        foreach (var url in new[] { "/", "/Caseload", "/Accounts/Login", "/Status/404" })
        {
            var html = await (await mentor.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotMatch(@"<script(?![^>]*\ssrc=)[^>]*>", html);
            Assert.DoesNotContain("<style", html);
            Assert.DoesNotMatch(@"\sstyle=""", html);
            Assert.DoesNotMatch(@"\son[a-z]+=""", html);
        }
    }
}

/// <summary>In Production: HSTS on every kind of response, and a 500 without stack trace.</summary>
public sealed class ProductionHeadersTests(FailingProductionFactory factory) : IClassFixture<FailingProductionFactory>
{
    [Fact]
    public async Task Production_sends_HSTS_everywhere_and_errors_show_no_stack_trace()
    {
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        SecurityHeadersTests.AssertHeaders(await mentor.GetAsync("/Caseload"));
        SecurityHeadersTests.AssertHeaders(await mentor.GetAsync("/Bestaat/Niet"));
        SecurityHeadersTests.AssertHeaders(await mentor.GetAsync("/css/site.css"), cacheable: true);
        SecurityHeadersTests.AssertHeaders(await (await FhirClient.TokenClientAsync(factory, null)).GetAsync("/fhir/metadata"));

        var failed = await mentor.GetAsync(FailingFactory.ThrowPath);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        SecurityHeadersTests.AssertHeaders(failed);
        var body = await failed.Content.ReadAsStringAsync();
        Assert.Contains("Er ging iets mis", body);
        Assert.DoesNotContain(FailingFactory.Marker, body);
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("SamenspelApp", body);
    }
}

/// <summary>In Development (a developer's machine on plain HTTP): the same headers but no HSTS.</summary>
public sealed class DevelopmentHeadersTests(FailingDevelopmentFactory factory) : IClassFixture<FailingDevelopmentFactory>
{
    [Fact]
    public async Task Development_sends_the_headers_without_HSTS()
    {
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        SecurityHeadersTests.AssertHeaders(await mentor.GetAsync("/Caseload"), hsts: false);
        SecurityHeadersTests.AssertHeaders(await mentor.GetAsync("/css/site.css"), cacheable: true, hsts: false);
    }
}
