using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Performance;

/// <summary>Records the SQL of every command EF Core executes while <see cref="On"/> is set.</summary>
public sealed class CommandLog : DbCommandInterceptor
{
    readonly ConcurrentQueue<string> commands = new();
    public volatile bool On;

    public IReadOnlyList<string> Take()
    {
        var taken = new List<string>();
        while (commands.TryDequeue(out var sql)) taken.Add(sql);
        return taken;
    }

    T Log<T>(DbCommand command, T result)
    {
        if (On) commands.Enqueue(command.CommandText);
        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) => Log(command, result);
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Log(command, result));
    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) => Log(command, result);
    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Log(command, result));
    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) => Log(command, result);
    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Log(command, result));

    /// <summary>Adds the log to the app's DbContext, whichever provider it runs on.</summary>
    public void AddTo(IWebHostBuilder builder) => builder.ConfigureServices(s =>
    {
        s.ConfigureDbContext<SqliteDb>(o => o.AddInterceptors(this));
        s.ConfigureDbContext<PostgresDb>(o => o.AddInterceptors(this));
    });
}

public sealed class CommandLogSqliteFactory : SamenspelFactory
{
    public CommandLog Commands { get; } = new();
    protected override string Provider => "sqlite";
    protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "samenspel.db")};Default Timeout=30";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Commands.AddTo(builder);
    }
}

public sealed class CommandLogPostgresFactory : PostgresFactory
{
    public CommandLog Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Commands.AddTo(builder);
    }
}

/// <summary>Issue 13: a page in a handful of queries. Counts the SQL commands (reads and audit writes alike) of one view of
/// the demo mentor's caseload, after a first view so that nothing is counted that happens once per process.</summary>
public abstract class CaseloadQueriesTests(SamenspelFactory factory, CommandLog commands)
{
    /// <summary>What one view runs today (2026-12-04), as a guard against creeping up. Issue 13's target is 10: lower
    /// this bound as the badges move into set-based queries, and rename the test when it reaches 10.</summary>
    const int Bound = 27;

    [Fact]
    public async Task One_caseload_view_runs_no_more_sql_commands_than_the_bound()
    {
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        await mentor.GetPageAsync("/Caseload");
        commands.Take();
        commands.On = true;
        var page = await mentor.GetPageAsync("/Caseload");
        commands.On = false;
        var sql = commands.Take();

        Assert.Contains("Sam Jansen", page);
        Assert.True(sql.Count <= Bound, $"One caseload view ran {sql.Count} SQL commands (bound {Bound}, target 10):\n\n{string.Join("\n\n", sql)}");
    }
}

public sealed class CaseloadQueriesTests_Sqlite(CommandLogSqliteFactory f) : CaseloadQueriesTests(f, f.Commands), IClassFixture<CommandLogSqliteFactory>;
public sealed class CaseloadQueriesTests_Postgres(CommandLogPostgresFactory f) : CaseloadQueriesTests(f, f.Commands), IClassFixture<CommandLogPostgresFactory>;
