using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Data;

/// <summary>Production behaviour is the default; the demo is opt-in with --demo; and a production start on a database
/// with the demo accounts (whose password is in the README) refuses.</summary>
public abstract class SafeDefaultsTests
{
    /// <summary>The app on a given database, with or without demo mode; without it in the Production environment.</summary>
    protected sealed class StartFactory(string provider, string connection, bool demo) : SamenspelFactory
    {
        protected override string Provider => provider;
        protected override string ConnectionString => connection;
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Samenspel:DemoMode"] = demo ? "true" : "false" };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (!demo) builder.UseEnvironment("Production");
        }
    }

    protected abstract (string Provider, string Connection) NewDatabase();

    /// <summary>A database with the demo organisation in it, as a demo start leaves it.</summary>
    protected async Task<(string Provider, string Connection)> DemoDatabaseAsync()
    {
        var (provider, connection) = NewDatabase();
        await using var demo = new StartFactory(provider, connection, demo: true);
        demo.CreateClient();
        Assert.True(await demo.WithDbAsync(db => DatabaseStartup.HasDemoAccountsAsync(db)));
        return (provider, connection);
    }

    [Fact]
    public async Task A_production_start_on_a_database_with_demo_accounts_refuses_with_a_clear_message()
    {
        var (provider, connection) = await DemoDatabaseAsync();
        string[] args = ["--data", Directory.CreateTempSubdirectory("samenspel-defaults-").FullName, "--Samenspel:Database:Provider", provider,
            "--ConnectionStrings:Samenspel", connection];

        await using (var production = SamenspelApp.Build([.. args, "--environment", "Production"], web: false))
        {
            var refused = await Assert.ThrowsAsync<DemoAccountsOutsideDemoMode>(() => DatabaseStartup.PrepareAsync(production.Services, seedDemo: true));
            Assert.Contains("Start dan met --demo", refused.Message);
            Assert.Contains("--data MAP", refused.Message);
            Assert.Contains($"@{DemoSeed.EmailDomain}", refused.Message);
        }
        // The demo itself, and the command-line verbs (which never seed), still start on it.
        await using (var demo = SamenspelApp.Build([.. args, "--environment", "Production", "--demo"], web: false))
            await DatabaseStartup.PrepareAsync(demo.Services, seedDemo: true);
        await using (var verb = SamenspelApp.Build([.. args, "--environment", "Production"], web: false))
            await DatabaseStartup.PrepareAsync(verb.Services, seedDemo: false);
    }

    [Fact]
    public async Task A_production_start_on_a_fresh_database_seeds_no_demo_accounts()
    {
        var (provider, connection) = NewDatabase();
        await using var production = new StartFactory(provider, connection, demo: false);
        production.CreateClient();
        Assert.False(await production.WithDbAsync(db => DatabaseStartup.HasDemoAccountsAsync(db)));
        Assert.False(production.Services.GetRequiredService<SamenspelSettings>().DemoMode);
    }

    [Fact]
    public async Task Demo_mode_is_off_unless_asked_for_with_the_demo_switch()
    {
        Assert.False(SamenspelSettings.From(new ConfigurationBuilder().Build()).DemoMode);
        var data = Directory.CreateTempSubdirectory("samenspel-defaults-").FullName;
        await using (var plain = SamenspelApp.Build(["--data", data], web: false))
            Assert.False(plain.Services.GetRequiredService<SamenspelSettings>().DemoMode); // appsettings.json says false too
        await using (var demo = SamenspelApp.Build(["--data", data, "--demo", "--urls", "http://127.0.0.1:6130"], web: false))
        {
            var settings = demo.Services.GetRequiredService<SamenspelSettings>();
            Assert.True(settings.DemoMode);
            Assert.Equal("http://127.0.0.1:6130", settings.PublicUrl); // the switch takes no value from the next option
        }
        await using (var last = SamenspelApp.Build(["--data", data, SamenspelApp.DemoSwitch], web: false))
            Assert.True(last.Services.GetRequiredService<SamenspelSettings>().DemoMode);
    }
}

public sealed class SafeDefaultsTests_Sqlite : SafeDefaultsTests
{
    protected override (string, string) NewDatabase() =>
        ("sqlite", $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("samenspel-defaults-").FullName, "samenspel.db")}");

    /// <summary>The real program, as <c>dotnet run</c> starts it without --demo: it stops with the message and exit code 1.</summary>
    [Fact]
    public async Task The_program_stops_on_demo_accounts_and_says_how_to_go_on()
    {
        var (_, connection) = await DemoDatabaseAsync();
        var data = Path.GetDirectoryName(connection["Data Source=".Length..])!;
        var bin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)); // .../bin/Release/net10.0
        var root = bin;
        while (!File.Exists(Path.Combine(root!.FullName, "Samenspel.sln"))) root = root.Parent;
        var dll = Path.Combine(root.FullName, "src", "Samenspel.Web", "bin", bin.Parent!.Name, "net10.0", "Samenspel.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(root.FullName, "src", "Samenspel.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { dll, "--data", data, "--urls", "http://127.0.0.1:0" }) start.ArgumentList.Add(arg);
        foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS" }) start.Environment.Remove(name);

        using var app = Process.Start(start)!;
        var output = app.StandardOutput.ReadToEndAsync();
        var errors = app.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try { await app.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { app.Kill(entireProcessTree: true); }
        var text = await output + await errors;
        Assert.True(app.HasExited && app.ExitCode == 1, text);
        Assert.Contains("Samenspel start niet.", await errors);
        Assert.Contains("Start dan met --demo", await errors);
        Assert.DoesNotContain("Samenspel draait op", text);
    }
}

public sealed class SafeDefaultsTests_Postgres : SafeDefaultsTests
{
    protected override (string, string) NewDatabase() => ("postgres", Postgres.CreateDatabase($"samenspel_test_{Guid.NewGuid():N}"));
}
