using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Samenspel.Browser.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free loopback port, as a new user gets it from <c>dotnet run</c>: a fresh data
/// directory with a SQLite file, migrated and seeded with the demo organisation at start (demo mode).
/// Each test class gets its own server, so journeys that change data do not leak into other tests.
/// </summary>
public sealed class AppServer : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("samenspel-browser-").FullName;

    /// <summary>Where the server listens, without a trailing slash, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; }

    public AppServer()
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority);
        if (ClientOptions.BaseAddress.Port is 0 or 80)
            throw new InvalidOperationException($"Kestrel did not report its address (got {ClientOptions.BaseAddress}).");
    }

    public string Url(string path) => BaseUrl + path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["data"] = DataDirectory,
            ["Samenspel:Database:Provider"] = "sqlite",
            ["ConnectionStrings:Samenspel"] = $"Data Source={Path.Combine(DataDirectory, "samenspel.db")};Default Timeout=30",
            ["Samenspel:DemoMode"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (k, v) in settings) builder.UseSetting(k, v);
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { } // SQLite may still hold the WAL file for a moment; the temp directory is harmless
    }
}
