using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Web;
using Samenspel.Web.Cli;

namespace Samenspel.Bench;

/// <summary>The concurrent mode (<c>--concurrent</c>): every page in a closed loop with wrk at c=1 and c=C, the caseload
/// and the floor also at c=1, 4, 16 and 64, each page beside the floor measured in the same run. See bench/README.md.</summary>
sealed class ConcurrentBench(BenchOptions options, BenchFactory factory, Guid youthId, string postBody)
{
    /// <summary>A page as the signed-in person asks it: <see cref="Cookie"/> is their sign-in and antiforgery cookies.</summary>
    public sealed record Target(string Key, string Name, string Url, string? Cookie, bool IsPost = false);

    sealed record Run(Target Target, int Connections, Wrk.Result Result, long AuditEvents, long Stored);

    const int WarmupSeconds = 2;
    /// <summary>Open measurements kept ready per second of a post run: the issue's target of 1,000 durable submissions a
    /// second. A faster app runs out, which shows as errors and a warning.</summary>
    const int SubmissionsPerSecond = 1000;
    static readonly int[] Scaling = [1, 4, 16, 64];

    readonly List<Guid> pool = [];
    int next;

    public async Task RunAsync(IReadOnlyList<Target> pages, Func<StringBuilder, Task> appendFacts)
    {
        var c = options.Concurrency!.Value;
        await using var floor = new Floor(options.IsPostgres, factory.Services.GetRequiredService<SamenspelSettings>().ConnectionString);
        var floorTarget = new Target("floor", "**Floor**: the caseload's rows, raw ADO.NET, bare Kestrel", (await floor.StartAsync(SyntheticSeed.MentorEmail(1))).ToString(), null);
        Console.WriteLine($"Ondergrens luistert op {floorTarget.Url}");

        var runs = new List<Run>();
        var deleted = 0;
        // The form post last: its open measurements are deleted right after it, so they never weigh on another page.
        try
        {
            foreach (var target in pages.OrderBy(p => p.IsPost).Prepend(floorTarget))
                await MeasureLevelsAsync(target, c, runs);
        }
        finally
        {
            // Only those never sent: a post still in flight when wrk stops would find its measurement gone.
            if (pool.Count > next) deleted = await AllianceSeed.DeleteUnansweredAsync(factory.Services, pool[next..]);
        }

        var report = new StringBuilder();
        report.AppendLine($"## Samenspel under load: {options.Youths:N0} youths on {(options.IsPostgres ? "PostgreSQL" : "SQLite")}, c={c}");
        report.AppendLine();
        report.AppendLine($"Closed loop, `wrk -t1 -c<c> -d{options.Seconds}s --latency --timeout 60s` per line, after {WarmupSeconds} s of warm-up at c={c} per page; each");
        report.AppendLine("connection sends its next request when the previous answer is in. The signed-in person's cookies go as a `Cookie` header.");
        report.AppendLine("wrk, the app and the floor share the machine's cores. Errors: HTTP status above 399 (for the form post: any answer but a");
        report.AppendLine("302 to `/Alliance/Thanks`), plus socket errors. Floor ÷ page: the floor's throughput at the same c over the page's.");
        report.AppendLine();
        report.AppendLine("| Page | c | Requests | Req/s | p50 ms | p99 ms | Errors | Floor ÷ page | Audit events / request |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var level in new[] { c, 1 }.Distinct())
        {
            var floorRate = runs.Single(r => r.Target == floorTarget && r.Connections == level).Result.PerSecond;
            foreach (var r in runs.Where(r => r.Connections == level))
            {
                var x = r.Result;
                var errors = x.SocketErrors > 0 ? $"{x.Errors} (+{x.SocketErrors} socket)" : $"{x.Errors}";
                var ratio = r.Target == floorTarget ? "1" : x.Any ? $"{floorRate / x.PerSecond:N0}" : "∞";
                var audit = r.Target == floorTarget ? "none" : $"{(double)r.AuditEvents / Math.Max(1, x.Requests):0.#}";
                report.AppendLine($"| {r.Target.Name} | {level} | {x.Requests:N0} | {x.PerSecond:N1} | {(x.Any ? $"{x.P50Ms:F1}" : "–")} | {(x.Any ? $"{x.P99Ms:F1}" : "–")} | {errors} | {ratio} | {audit} |");
            }
        }
        report.AppendLine();
        report.AppendLine($"Scaling, requests per second at c = {string.Join(" / ", Scaling)}:");
        report.AppendLine();
        foreach (var key in new[] { "caseload", "floor" })
            if (runs.FirstOrDefault(r => r.Target.Key == key)?.Target is { } t)
                report.AppendLine($"- {t.Name}: {string.Join(" / ", Scaling.Select(l => runs.Single(r => r.Target == t && r.Connections == l).Result.PerSecond.ToString("N1")))}");
        foreach (var r in runs.Where(r => r.Target.IsPost))
            report.AppendLine($"- Alliance submissions at c={r.Connections}: {r.Stored:N0} responses stored for {r.Result.Requests:N0} answered posts ({r.Result.Sent:N0} sent).");
        report.AppendLine();
        await appendFacts(report);
        if (pool.Count > 0)
            report.AppendLine($"| Open measurements for the posts | {pool.Count:N0} created for jongere2 before the post runs, {deleted:N0} never sent and deleted after them |");
        await Report.WriteReportAsync(report, options, $"concurrent-c{c}");
    }

    /// <summary>After a warm-up at c: c=1 and c, and for the floor and the caseload also the scaling line.</summary>
    async Task MeasureLevelsAsync(Target target, int c, List<Run> runs)
    {
        int[] levels = target.Key is "floor" or "caseload" ? [.. Scaling.Append(c).Distinct().Order()] : [.. new[] { 1, c }.Distinct()];
        Console.WriteLine($"{target.Key}: {WarmupSeconds} s opwarmen, dan {string.Join(", ", levels.Select(l => $"c={l}"))} elk {options.Seconds} s");
        await MeasureAsync(target, c, WarmupSeconds);
        foreach (var level in levels)
        {
            var run = await MeasureAsync(target, level, options.Seconds);
            Console.WriteLine($"  c={level}: {run.Result.PerSecond:F1} req/s, p50 {run.Result.P50Ms:F1} ms, p99 {run.Result.P99Ms:F1} ms, {run.Result.Errors} fouten");
            runs.Add(run);
        }
    }

    async Task<Run> MeasureAsync(Target target, int connections, int seconds)
    {
        string? posts = target.IsPost ? await PostsFileAsync(seconds) : null;
        var audit = await Report.AuditCountAsync(factory);
        var stored = target.IsPost ? await ResponsesAsync() : 0;
        var result = await Wrk.RunAsync(new Uri(target.Url), target.Cookie, connections, seconds, posts);
        if (target.IsPost)
        {
            if (result.Sent > pool.Count - next)
                Console.WriteLine($"LET OP: de open metingen waren op ({result.Sent} verzoeken, {pool.Count - next} metingen); de rest telt als fout.");
            next = Math.Min(pool.Count, next + (int)result.Sent);
        }
        return new Run(target, connections, result, await Report.AuditCountAsync(factory) - audit, target.IsPost ? await ResponsesAsync() - stored : 0);
    }

    /// <summary>One line per open measurement not yet used, "path body", each with a fresh <c>SubmissionId</c>; tops the
    /// pool up first so that <see cref="SubmissionsPerSecond"/> fits in the run.</summary>
    async Task<string> PostsFileAsync(int seconds)
    {
        var needed = seconds * SubmissionsPerSecond - (pool.Count - next);
        if (needed > 0)
        {
            Console.WriteLine($"  {needed} open metingen voor de invullende jongere aanmaken...");
            pool.AddRange(await AllianceSeed.OpenAsync(factory.Services, youthId, needed));
        }
        var file = Path.Combine(options.DataDirectory, "alliance-posts.txt");
        await File.WriteAllLinesAsync(file, pool.Skip(next).Select(id =>
            $"/Alliance/Fill?measurementId={id} {postBody}&SubmissionId={Guid.CreateVersion7()}"));
        return file;
    }

    Task<long> ResponsesAsync() => Report.WithDbAsync(factory, db => db.Responses.LongCountAsync());
}
