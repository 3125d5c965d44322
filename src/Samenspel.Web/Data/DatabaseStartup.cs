using Npgsql;

namespace Samenspel.Web.Data;

/// <summary>On start of the web host: apply migrations (on PostgreSQL as the owner role, then grant the app's role
/// what it may do: everything on its tables, but only SELECT and INSERT on the audit events) and, in demo mode, seed
/// the demo organisation into an empty database, with its story of half a year (<see cref="DemoStory"/>) unless
/// <c>Samenspel:DemoStory</c> is false. Outside demo mode (and outside Development) it refuses to start on a database
/// with demo accounts: their password is in the README.</summary>
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
        var settings = scope.ServiceProvider.GetRequiredService<SamenspelSettings>();
        var log = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger<DatabaseStartup>();
        scope.ServiceProvider.GetRequiredService<AuditKey>(); // made (and its place logged) at start, not at the first event
        if (settings.OwnerConnectionString is { } owner) await MigrateAsOwnerAsync(owner, settings.ConnectionString, log, ct);
        else
        {
            if (db.Database.IsNpgsql())
                log.LogWarning("No ConnectionStrings:SamenspelOwner: the app migrates and runs as one database role, which can also change and delete audit events. Configure an owner role for migrations and a separate role for the app (README.md).");
            // Only when something is pending: a command run with the app's own role (which may not create tables)
            // against a database the owner has migrated must not try to.
            if ((await db.Database.GetPendingMigrationsAsync(ct)).Any()) await db.Database.MigrateAsync(ct);
        }
        await Instruments.InstrumentImport.ImportShippedAsync(db, ct);
        if (seedDemo && !settings.DemoMode && !scope.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment()
            && await HasDemoAccountsAsync(db, ct))
            throw new DemoAccountsOutsideDemoMode(settings.DataDirectory);
        if (seedDemo && settings.DemoMode && !await db.Organisations.AnyAsync(ct))
        {
            await ActivatorUtilities.CreateInstance<DemoSeed>(scope.ServiceProvider).RunAsync(ct);
            if (settings.DemoStory) await ActivatorUtilities.CreateInstance<DemoStory>(scope.ServiceProvider).RunAsync(ct);
        }
    }

    /// <summary>Migrates as the owner role, then grants the app's role (the user of <paramref name="app"/>) what the app
    /// needs, every start, so tables added by a migration are covered. The audit events are append-only for it; their
    /// chain head stays updatable, since appenders lock and advance it.</summary>
    static async Task MigrateAsOwnerAsync(string owner, string app, ILogger log, CancellationToken ct)
    {
        await using var db = new PostgresDb(new DbContextOptionsBuilder<PostgresDb>()
            .UseNpgsql(owner, n => n.MigrationsHistoryTable("__EFMigrationsHistory")).Options, new AuditScope(), TimeProvider.System);
        await db.Database.MigrateAsync(ct);
        var appRole = new NpgsqlConnectionStringBuilder(app).Username;
        if (appRole is null || appRole == new NpgsqlConnectionStringBuilder(owner).Username)
        {
            log.LogWarning("ConnectionStrings:Samenspel uses the owner role itself: audit events are not protected against change.");
            return;
        }
        var role = "\"" + appRole.Replace("\"", "\"\"") + "\"";
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Two app nodes starting at once would otherwise update the same privilege rows concurrently.
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7513)", ct);
#pragma warning disable EF1002 // the role name comes from configuration and is quoted as an identifier
        await db.Database.ExecuteSqlRawAsync($"""
            GRANT USAGE ON SCHEMA public TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
            REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvents" FROM {role};
            """, ct);
#pragma warning restore EF1002
        await transaction.CommitAsync(ct);
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
