using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Samenspel.Bench;

/// <summary>The real app (its own <c>Program</c>, middleware and database) on Kestrel on a loopback port, so that
/// a request goes through sockets, HTTP parsing and the whole pipeline like a browser's would.</summary>
public sealed class BenchFactory : WebApplicationFactory<Program>
{
    readonly IReadOnlyDictionary<string, string> settings;
    readonly SqlCapture? sql;

    public BenchFactory(IReadOnlyDictionary<string, string> settings, SqlCapture? sql = null)
    {
        this.settings = settings;
        this.sql = sql;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production: the exception handler page instead of the developer page, as in a real deployment.
        builder.UseEnvironment("Production");
        // WebApplicationFactory looks for MvcTestingAppManifest.json in the working directory, which is the
        // repository under `dotnet run --project`; read it from the output folder instead.
        builder.UseContentRoot(AppContentRoot());
        foreach (var (k, v) in settings) builder.UseSetting(k, v);
        if (sql is not null)
            builder.ConfigureLogging(l =>
            {
                l.AddFilter<ConsoleLoggerProvider>(SqlCapture.Category, LogLevel.Warning);
                l.AddProvider(sql);
            });
    }

    static string AppContentRoot()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
        var roots = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(manifest))!;
        return roots[typeof(Program).Assembly.GetName().FullName];
    }

    /// <summary>Starts the server and answers its loopback address.</summary>
    public Uri Start()
    {
        StartServer();
        var server = Services.GetRequiredService<IServer>();
        if (!server.GetType().FullName!.Contains("Kestrel", StringComparison.Ordinal))
            throw new InvalidOperationException($"Expected Kestrel, got {server.GetType().FullName}.");
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reports no address.");
        return new Uri(address);
    }
}

/// <summary>Collects EF Core's "Executed DbCommand" messages while <see cref="On"/> is set (only in the --show-sql
/// pass, never during the measurement).</summary>
public sealed class SqlCapture : ILoggerProvider
{
    public const string Category = "Microsoft.EntityFrameworkCore.Database.Command";
    readonly ConcurrentQueue<string> lines = new();
    public volatile bool On;

    public IReadOnlyList<string> Take()
    {
        var taken = new List<string>();
        while (lines.TryDequeue(out var line)) taken.Add(line);
        return taken;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
    public void Dispose() { }

    sealed class Logger(SqlCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => category == Category && logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (owner.On && IsEnabled(logLevel)) owner.lines.Enqueue(formatter(state, exception));
        }
    }
}
