using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Web.Data;

namespace Samenspel.Bench;

/// <summary>What every report ends with (the data, the machine, the load average) and the database look-ups behind it.</summary>
public static class Report
{
    /// <summary>The data, the machine and the load average: the table under every report.</summary>
    public static async Task AppendFactsAsync(StringBuilder report, BenchFactory factory, BenchOptions options, TimeSpan seeding, TimeSpan allianceSeeding, string loadBefore)
    {
        report.AppendLine("| | |");
        report.AppendLine("|---|---|");
        report.AppendLine($"| Youths in database | {await CountYouthsAsync(factory):N0} |");
        report.AppendLine($"| Alliance measurements / responses / answers | {await WithDbAsync(factory, db => db.Measurements.CountAsync()):N0} / {await WithDbAsync(factory, db => db.Responses.CountAsync()):N0} / {await WithDbAsync(factory, db => db.ResponseAnswers.CountAsync()):N0} (seeding or topping up took {allianceSeeding.TotalSeconds:F1} s) |");
        report.AppendLine($"| Audit events in database | {await AuditCountAsync(factory):N0} |");
        report.AppendLine($"| Database size | {await DatabaseSizeAsync(factory, options)} |");
        report.AppendLine($"| Seeding | {(seeding == TimeSpan.Zero ? "skipped (--reuse)" : $"{seeding.TotalSeconds:F1} s")} |");
        report.AppendLine($"| CPU | {CpuModel()}, `Environment.ProcessorCount` = {Environment.ProcessorCount} |");
        report.AppendLine($"| Load average (1, 5, 15 min) before / after | {loadBefore} / {LoadAverage()} |");
        report.AppendLine($"| OS | {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}) |");
        report.AppendLine($"| .NET | {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC |");
        report.AppendLine($"| Date (UTC) | {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} |");
    }

    public static async Task WriteReportAsync(StringBuilder report, BenchOptions options, string mode)
    {
        Console.WriteLine();
        Console.WriteLine(report);
        var file = Path.Combine(options.DataDirectory, $"bench-{mode}-{options.Provider}-{options.Youths}.md");
        await File.WriteAllTextAsync(file, report.ToString());
        Console.WriteLine($"(Ook geschreven naar {file})");
    }

    public static async Task<T> WithDbAsync<T>(BenchFactory factory, Func<SamenspelDb, Task<T>> use)
    {
        using var scope = factory.Services.CreateScope();
        return await use(scope.ServiceProvider.GetRequiredService<SamenspelDb>());
    }

    /// <summary><c>SELECT COUNT(*) FROM "AuditEvents"</c> through the app's own DbContext.</summary>
    public static Task<long> AuditCountAsync(BenchFactory factory) => WithDbAsync(factory, db => db.AuditEvents.LongCountAsync());

    static Task<int> CountYouthsAsync(BenchFactory factory) => WithDbAsync(factory, db => db.Youths.CountAsync());

    static async Task<string> DatabaseSizeAsync(BenchFactory factory, BenchOptions options)
    {
        if (options.IsPostgres)
        {
            var bytes = await WithDbAsync(factory, db => db.Database
                .SqlQuery<long>($"SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync());
            return $"{Megabytes(bytes)} (`pg_database_size`)";
        }
        var main = Path.Combine(options.DataDirectory, "samenspel.db");
        long Size(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
        return $"{Megabytes(Size(main))} (`samenspel.db`) + {Megabytes(Size(main + "-wal"))} (`-wal`)";
    }

    static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:F1} MB";

    static string CpuModel()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
                ?.Split(':', 2)[1].Trim() ?? "unknown";
        }
        catch (IOException) { return "unknown"; }
        catch (UnauthorizedAccessException) { return "unknown"; }
    }

    public static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "unknown"; }
        catch (UnauthorizedAccessException) { return "unknown"; }
    }
}
