using Microsoft.EntityFrameworkCore;

namespace Samenspel.Web.Data;

/// <summary>On start of the web host: apply migrations and, in demo mode, seed the demo organisation into an
/// empty database, with its story of half a year (<see cref="DemoStory"/>) unless <c>Samenspel:DemoStory</c> is false.
/// Outside demo mode (and outside Development) it refuses to start on a database with demo accounts: their password
/// is in the README.</summary>
public sealed class DatabaseStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => PrepareAsync(services, seedDemo: true, ct);

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    public static async Task PrepareAsync(IServiceProvider services, bool seedDemo, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
        if (db.Database.IsSqlite())
        {
            // WAL lets page views read while one writer appends to the audit trail.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }
        await db.Database.MigrateAsync(ct);
        await Instruments.InstrumentImport.ImportShippedAsync(db, ct);
        var settings = scope.ServiceProvider.GetRequiredService<SamenspelSettings>();
        if (seedDemo && !settings.DemoMode && !scope.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment()
            && await HasDemoAccountsAsync(db, ct))
            throw new DemoAccountsOutsideDemoMode(settings.DataDirectory);
        if (seedDemo && settings.DemoMode && !await db.Organisations.AnyAsync(ct))
        {
            await ActivatorUtilities.CreateInstance<DemoSeed>(scope.ServiceProvider).RunAsync(ct);
            if (settings.DemoStory) await ActivatorUtilities.CreateInstance<DemoStory>(scope.ServiceProvider).RunAsync(ct);
        }
    }

    /// <summary>Whether any account has a demo e-mail address (<see cref="DemoSeed.EmailDomain"/>).</summary>
    public static Task<bool> HasDemoAccountsAsync(SamenspelDb db, CancellationToken ct = default)
    {
        var suffix = "@" + DemoSeed.EmailDomain.ToUpperInvariant();
        return db.Users.AnyAsync(u => u.NormalizedEmail != null && u.NormalizedEmail.EndsWith(suffix), ct);
    }
}

/// <summary>A start without demo mode on a database that holds the demo accounts; <c>Program</c> prints the message.</summary>
public sealed class DemoAccountsOutsideDemoMode(string dataDirectory) : Exception(
    $"Samenspel start niet. De database in {dataDirectory} heeft demo-accounts (@{DemoSeed.EmailDomain}) met een bekend " +
    "wachtwoord, maar de demo staat uit. Wilt u de demo? Start dan met --demo. Wilt u Samenspel echt gebruiken? Start dan " +
    "met een nieuwe, lege gegevensmap: --data MAP.");
