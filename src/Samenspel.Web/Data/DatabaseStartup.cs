using Microsoft.EntityFrameworkCore;

namespace Samenspel.Web.Data;

/// <summary>On start of the web host: apply migrations and, in demo mode, seed the demo organisation into an
/// empty database, with its story of half a year (<see cref="DemoStory"/>) unless <c>Samenspel:DemoStory</c> is false.</summary>
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
        if (seedDemo && settings.DemoMode && !await db.Organisations.AnyAsync(ct))
        {
            await ActivatorUtilities.CreateInstance<DemoSeed>(scope.ServiceProvider).RunAsync(ct);
            if (settings.DemoStory) await ActivatorUtilities.CreateInstance<DemoStory>(scope.ServiceProvider).RunAsync(ct);
        }
    }
}
