using Microsoft.AspNetCore.StaticAssets;

namespace Samenspel.Web.Features.Shared;

/// <summary>
/// The security headers on every response: pages, the FHIR API, error and status pages and static files. Registered
/// first, so the headers are set when the response starts, whatever answered it (also the exception handler).
/// Nothing is cached except the files under wwwroot: pages and API answers hold personal data.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IWebHostEnvironment environment)
{
    /// <summary>Only the app's own files; no inline script or style (the trend chart uses SVG presentation attributes),
    /// images also as data: URIs (the component library's icons), and the app may not be framed.</summary>
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

    /// <summary>One year. Sent on every response outside Development, also over plain HTTP: behind a proxy that ends TLS
    /// the app sees HTTP, and browsers ignore the header on a plain HTTP answer anyway.</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    readonly bool hsts = !environment.IsDevelopment();

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (hsts) headers.StrictTransportSecurity = StrictTransportSecurity;
            if (context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is null) headers.CacheControl = "no-store";
            // A link with the file's hash (its fingerprinted name, or ?v= as asp-append-version writes without
            // MapStaticAssets) may be kept for a year; the plain name is checked with the server each time (no-cache).
            else if (headers.CacheControl.ToString().Contains("immutable") || context.Request.Query.ContainsKey("v"))
                headers.CacheControl = "public, max-age=31536000, immutable";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
