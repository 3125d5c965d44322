using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Samenspel.Web.Data;

namespace Samenspel.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real database: a fresh SQLite file or a fresh PostgreSQL database per fixture, the demo
/// organisation seeded at start, and a fake clock. PostgreSQL comes from SAMENSPEL_TEST_POSTGRES (set by
/// ./test.sh); without it the PostgreSQL tests fail, they never skip.
/// </summary>
public abstract class SamenspelFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    /// <summary>The fixed audit key of every test app and command (32 bytes, base64).</summary>
    public const string AuditKey = "c2FtZW5zcGVsLXRlc3QtYXVkaXQta2V5LTMyYnl0ZXM=";

    public FakeTimeProvider Clock { get; } = new(Start);
    /// <summary>The cookies are Secure, so the test client talks https, as a browser would.</summary>
    public static readonly Uri BaseAddress = new("https://localhost");

    protected SamenspelFactory() => ClientOptions.BaseAddress = BaseAddress;
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("samenspel-test-").FullName;
    protected abstract string Provider { get; }
    protected abstract string ConnectionString { get; }
    /// <summary>PostgreSQL: the owner role that migrates, when the app runs as its own role (see <see cref="Postgres"/>).</summary>
    public virtual string? OwnerConnectionString => null;
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["data"] = DataDirectory,
            ["Samenspel:Database:Provider"] = Provider,
            ["ConnectionStrings:Samenspel"] = ConnectionString,
            ["Samenspel:DemoMode"] = "true",
            // The bare demo organisation: tests count its messages and expect its measurements to be due.
            ["Samenspel:DemoStory"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            // Tests that move the clock would otherwise have the scheduler send mail behind their back; scheduler
            // tests call Scheduler.RunDueAsync themselves or switch the loop on.
            ["Samenspel:Scheduler:Enabled"] = "false",
            ["Samenspel:Audit:Key"] = AuditKey,
            // Test classes sign in many times within one minute of the fake clock; SignInLimitsTests sets the
            // production limits back.
            ["Samenspel:RateLimits:PerIpPerMinute"] = "100000",
            ["Samenspel:RateLimits:PerAccountPer15Minutes"] = "100000",
        };
        if (OwnerConnectionString is { } owner) settings["ConnectionStrings:SamenspelOwner"] = owner;
        foreach (var (k, v) in ExtraSettings) settings[k] = v;
        builder.UseSetting("data", DataDirectory);
        foreach (var (k, v) in settings) builder.UseSetting(k, v);
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings));
        builder.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    public T Scoped<T>(Func<IServiceProvider, T> use) where T : class
    {
        using var scope = Services.CreateScope();
        return use(scope.ServiceProvider);
    }

    public async Task<T> WithDbAsync<T>(Func<SamenspelDb, Task<T>> use)
    {
        using var scope = Services.CreateScope();
        return await use(scope.ServiceProvider.GetRequiredService<SamenspelDb>());
    }

    /// <summary>Works on the database as its owner, around the app (no audit hook runs for ExecuteUpdate/Delete): on
    /// PostgreSQL the app's own role may not alter tables nor change or delete audit events.</summary>
    public async Task<T> AsOwnerAsync<T>(Func<SamenspelDb, Task<T>> use)
    {
        if (OwnerConnectionString is null) return await WithDbAsync(use);
        await using var db = new PostgresDb(new DbContextOptionsBuilder<PostgresDb>().UseNpgsql(OwnerConnectionString).Options, new(), TimeProvider.System);
        return await use(db);
    }

    public Task OwnerSqlAsync(string sql) => AsOwnerAsync(db => db.Database.ExecuteSqlRawAsync(sql));
}

public sealed class SqliteFactory : SamenspelFactory
{
    protected override string Provider => "sqlite";
    protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "samenspel.db")};Default Timeout=30";
}

public class PostgresFactory : SamenspelFactory
{
    protected virtual string Database { get; } = $"samenspel_test_{Guid.NewGuid():N}";
    protected override string Provider => "postgres";
    /// <summary>The app's own role when ./test.sh made one (SAMENSPEL_TEST_POSTGRES_APP), else the owner.</summary>
    protected override string ConnectionString => Postgres.AppConnection(Database) ?? Postgres.CreateDatabase(Database);
    public override string? OwnerConnectionString => Postgres.AppConnection(Database) is null ? null : Postgres.CreateDatabase(Database);
}

/// <summary>Several of these on one database behave as several app nodes.</summary>
public sealed class PostgresNodeFactory(string database) : PostgresFactory
{
    protected override string Database => database;
}

public static class Postgres
{
    public static string Server => Environment.GetEnvironmentVariable("SAMENSPEL_TEST_POSTGRES")
        ?? throw new InvalidOperationException("SAMENSPEL_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");

    static readonly HashSet<string> Created = [];

    /// <summary>The app's own login role (./test.sh makes it), which the app starts with while the superuser of
    /// <see cref="Server"/> migrates as owner and grants it its rights: only SELECT and INSERT on the audit events.</summary>
    public static string? AppConnection(string database) =>
        Environment.GetEnvironmentVariable("SAMENSPEL_TEST_POSTGRES_APP") is { Length: > 0 } app
            ? new NpgsqlConnectionStringBuilder(app) { Database = database }.ConnectionString
            : null;

    /// <summary>Creates an empty database once and returns its connection string.</summary>
    public static string CreateDatabase(string name)
    {
        var builder = new NpgsqlConnectionStringBuilder(Server);
        lock (Created)
        {
            if (Created.Add(name))
            {
                using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Open();
                using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                command.ExecuteNonQuery();
            }
        }
        builder.Database = name;
        return builder.ConnectionString;
    }
}
