using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Browser.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free loopback port, as a new user gets it from <c>dotnet run</c>: a fresh data
/// directory with a SQLite file, migrated and seeded with the demo organisation at start (demo mode).
/// Each test class gets its own server, so journeys that change data do not leak into other tests.
/// </summary>
public class AppServer : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("samenspel-browser-").FullName;

    /// <summary>Where the server listens, without a trailing slash, e.g. http://127.0.0.1:41234. Chosen before the
    /// start, so that links in mails (Samenspel:PublicUrl) point at this server.</summary>
    public string BaseUrl { get; }

    readonly int port = FreePort();

    public AppServer()
    {
        BaseUrl = $"http://127.0.0.1:{port}";
        UseKestrel(port);
        StartServer();
    }

    public string Url(string path) => BaseUrl + path;

    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();
    /// <summary>False: the bare demo organisation. True: the organisation half a year in (<c>DemoStory</c>), for
    /// journeys that need plans, measurements and messages to be there already.</summary>
    protected virtual bool DemoStory => false;
    protected virtual void ConfigureServices(IServiceCollection services) { }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["data"] = DataDirectory,
            ["Samenspel:Database:Provider"] = "sqlite",
            ["ConnectionStrings:Samenspel"] = $"Data Source={Path.Combine(DataDirectory, "samenspel.db")};Default Timeout=30",
            ["Samenspel:DemoMode"] = "true",
            ["Samenspel:DemoStory"] = DemoStory ? "true" : "false",
            ["Samenspel:PublicUrl"] = $"http://127.0.0.1:{port}",
            ["Logging:LogLevel:Default"] = "Warning",
            // The crawler signs in as every demo person at two widths within a minute, all from 127.0.0.1.
            ["Samenspel:RateLimits:PerIpPerMinute"] = "100000",
            ["Samenspel:RateLimits:PerAccountPer15Minutes"] = "100000",
        };
        foreach (var (k, v) in ExtraSettings) settings[k] = v;
        foreach (var (k, v) in settings) builder.UseSetting(k, v);
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings));
        builder.ConfigureServices(ConfigureServices);
    }

    static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var free = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return free;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { } // SQLite may still hold the WAL file for a moment; the temp directory is harmless
    }
}

/// <summary>The demo organisation half a year in: the full demo story, as a new installation shows it. The background
/// loop is off, so that what the journeys find does not change under them.</summary>
public sealed class LivedInAppServer : AppServer
{
    protected override bool DemoStory => true;
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Samenspel:Scheduler:Enabled"] = "false" };
}

/// <summary>The app with a clock the test moves and mail going to a real SMTP server on loopback.</summary>
public sealed class ClockedAppServer : AppServer
{
    /// <summary>A Monday morning in Amsterdam; it moves only when the test advances it.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
    public SmtpServer Smtp { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Samenspel:Mail:SmtpHost"] = "127.0.0.1",
        ["Samenspel:Mail:SmtpPort"] = Smtp.Port.ToString(),
        // The test moves the clock itself; background reminders would put extra mail in the inboxes it reads.
        ["Samenspel:Scheduler:Enabled"] = "false",
    };

    protected override void ConfigureServices(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp.Dispose();
    }
}
