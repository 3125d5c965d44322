using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Domain.Register;
using Samenspel.Web;
using Samenspel.Web.Cli;
using Samenspel.Web.Data;
using static Samenspel.Bench.Report;

namespace Samenspel.Bench;

/// <summary>
/// Load benchmark: seeds a synthetic organisation with the app's own <c>seed-synthetic</c> verb, starts the real
/// app on Kestrel on loopback, signs in as a mentor and as a youth, and times sequential page views. See
/// bench/README.md.
/// </summary>
public static class BenchProgram
{
    const string SyntheticOrganisation = "Synthetische organisatie";
    const string Password = "samenspel-demo";

    /// <summary>A page timed by GET <see cref="Url"/>, or by <see cref="Request"/> when it is a form post.</summary>
    sealed record Page(string Key, string Name, Browser Browser, string Url, int ExpectedAuditEventsPerRequest, Func<Task<double>>? Request = null)
    {
        public Task<double> TimeAsync() => Request?.Invoke() ?? Browser.TimeAsync(Url);
    }

    sealed record Result(Page Page, double[] Milliseconds, long AuditEvents);

    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try { options = BenchOptions.Parse(args); }
        catch (ArgumentException e)
        {
            if (e.Message.Length > 0) Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        var loadBefore = LoadAverage();
        Console.WriteLine($"Gegevensmap: {options.DataDirectory} ({options.Provider})");
        var seeding = await SeedAsync(options);
        if (seeding is null) return 1;

        Console.WriteLine("Samenspel starten op Kestrel (loopback)...");
        using var factory = new BenchFactory(options.HostSettings());
        var baseAddress = factory.Start();
        Console.WriteLine($"Luistert op {baseAddress}");

        using var mentor = await Browser.LoginAsync(baseAddress, SyntheticSeed.MentorEmail(1), Password);
        using var youth = await Browser.LoginAsync(baseAddress, SyntheticSeed.YouthEmail(1), Password);
        // Questionnaires are sent by jongere2 (mentor2's, not on mentor1's caseload), so that the measurements and
        // responses the posts add never weigh on the pages measured for mentor1 and jongere1, not even in a later run.
        using var poster = await Browser.LoginAsync(baseAddress, SyntheticSeed.YouthEmail(2), Password);
        using var lead = await Browser.LoginAsync(baseAddress, await TeamLeadAsync(factory), Password);
        var caseload = await mentor.GetPageAsync("/Caseload");
        var caseloadIds = Browser.YouthLink().Matches(caseload).Select(m => m.Groups[1].Value).Distinct().ToList();
        if (caseloadIds.Count == 0) throw new InvalidOperationException("The caseload of mentor1 shows no youths.");
        var ownId = Browser.YouthLink().Match(await youth.GetPageAsync("/Me")) is { Success: true } own
            ? own.Groups[1].Value
            : throw new InvalidOperationException("/Me of jongere1 has no link to the youth's file.");
        Console.WriteLine($"Caseload van mentor1: {caseloadIds.Count} jongeren; gemeten dossier {caseloadIds[0]}; eigen dossier jongere1 {ownId}");

        // Alliance: a history for every youth, and (sequential mode) one open measurement per fill-in request for jongere2.
        var allianceSeeding = Stopwatch.StartNew();
        var fields = await AllianceSeed.EnsureAsync(factory.Services, Guid.Parse(ownId), options.IsPostgres);
        allianceSeeding.Stop();
        Console.WriteLine($"Samenwerkingsmetingen klaar in {allianceSeeding.Elapsed.TotalSeconds:F1} s.");
        var resultsYouth = Guid.Parse(caseloadIds.First(id => !string.Equals(id, ownId, StringComparison.OrdinalIgnoreCase)));
        var resultsId = await WithDbAsync(factory, db => db.Measurements.Where(m => m.YouthId == resultsYouth)
            .OrderByDescending(m => m.PlannedOn).Select(m => m.Id).FirstAsync());
        var token = await poster.TokenAsync("/Me");
        var posterId = await WithDbAsync(factory, db => db.Youths.Where(y => y.Email == poster.Email).Select(y => y.Id).SingleAsync());
        List<Guid> open = options.Concurrency is null && options.Pages.Contains("alliance-fill")
            ? await AllianceSeed.OpenAsync(factory.Services, posterId, options.Warmup + options.Requests)
            : [];
        var filled = 0;
        Task<double> FillAsync()
        {
            var url = $"/Alliance/Fill?measurementId={open[filled++]}";
            return poster.TimePostAsync(url, fields.Append(new("SubmissionId", Guid.CreateVersion7().ToString()))
                .Append(new("__RequestVerificationToken", token)), "/Alliance/Thanks");
        }

        Page[] pages =
        [
            new("caseload", "Caseload `/Caseload` (mentor)", mentor, "/Caseload", caseloadIds.Count),
            new("youth-by-mentor", "Youth's file `/Youths/Details` (mentor)", mentor, $"/Youths/Details?id={caseloadIds[0]}", 2),
            new("me", "Youth's home `/Me` (youth)", youth, "/Me", 1),
            new("youth-by-youth", "Own file `/Youths/Details` (youth)", youth, $"/Youths/Details?id={ownId}", 2),
            new("alliance-fill", "Send the alliance questionnaire `POST /Alliance/Fill` (youth)", poster, "/Alliance/Fill", fields.Count + 1, FillAsync),
            new("alliance-results", "Alliance results `/Alliance/Results` (mentor)", mentor, $"/Alliance/Results?id={resultsId}", 1),
            new("team", "Team overview `/Team` (team lead)", lead, "/Team", 1),
        ];
        pages = pages.Where(p => options.Pages.Contains(p.Key)).ToArray();
        if (options.Concurrency is not null)
        {
            var postBody = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
            await new ConcurrentBench(options, factory, posterId, await postBody.ReadAsStringAsync())
                .RunAsync(pages.Select(p => new ConcurrentBench.Target(p.Key, p.Name, new Uri(baseAddress, p.Url).ToString(), p.Browser.CookieHeader, p.Request is not null)).ToList(),
                    report => AppendFactsAsync(report, factory, options, seeding.Value, allianceSeeding.Elapsed, loadBefore));
            return 0;
        }

        Console.WriteLine($"Opwarmen: {options.Warmup} verzoeken per pagina...");
        foreach (var page in pages)
            for (var i = 0; i < options.Warmup; i++)
                await page.TimeAsync();

        var auditBefore = await AuditCountAsync(factory);
        var results = new List<Result>();
        var measured = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            Console.WriteLine($"Meten: {options.Requests} x {page.Url}");
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = await AuditCountAsync(factory);
            var samples = new double[options.Requests];
            for (var i = 0; i < samples.Length; i++)
                samples[i] = await page.TimeAsync();
            results.Add(new Result(page, samples, await AuditCountAsync(factory) - before));
        }
        measured.Stop();
        var auditAfter = await AuditCountAsync(factory);

        var report = new StringBuilder();
        report.AppendLine($"## Samenspel page benchmark: {options.Youths:N0} youths on {(options.IsPostgres ? "PostgreSQL" : "SQLite")}");
        report.AppendLine();
        report.AppendLine("Sequential requests, one at a time, over HTTP on loopback to the app on Kestrel; times are client round trips");
        report.AppendLine("(request sent to body fully read), an upper bound of the time the server spends.");
        report.AppendLine();
        report.AppendLine("| Page | Requests | Median ms | p95 ms | p99 ms | Max ms | Audit events written |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var sorted = r.Milliseconds.Order().ToArray();
            report.AppendLine($"| {r.Page.Name} | {sorted.Length} | {Percentile(sorted, 50):F1} | {Percentile(sorted, 95):F1} | {Percentile(sorted, 99):F1} | {sorted[^1]:F1} | {r.AuditEvents:N0} ({(double)r.AuditEvents / sorted.Length:0.#}/request) |");
        }
        report.AppendLine();
        await AppendFactsAsync(report, factory, options, seeding.Value, allianceSeeding.Elapsed, loadBefore);
        report.AppendLine($"| Audit events written during the measured requests | {auditAfter - auditBefore:N0} |");
        report.AppendLine($"| Measured phase | {measured.Elapsed.TotalSeconds:F1} s ({options.Warmup} warm-up requests per page before it) |");
        await WriteReportAsync(report, options, "sequential");

        foreach (var r in results.Where(r => r.AuditEvents < (long)r.Page.ExpectedAuditEventsPerRequest * r.Milliseconds.Length))
            Console.WriteLine($"LET OP: {r.Page.Name} schreef {r.AuditEvents} audit-gebeurtenissen, verwacht {r.Page.ExpectedAuditEventsPerRequest} per verzoek.");

        if (options.ShowSql)
        {
            await factory.DisposeAsync();
            await ShowSqlAsync(options, pages);
        }
        return 0;
    }

    /// <summary>The synthetic seed has no team lead: the first colleague of mentor1 in mentor1's team (by e-mail) becomes
    /// one, keeping their own caseload. Answers their e-mail address.</summary>
    static Task<string> TeamLeadAsync(BenchFactory factory) => WithDbAsync(factory, async db =>
    {
        var mentor1 = SyntheticSeed.MentorEmail(1);
        var team = await db.Staff.Where(s => s.Email == mentor1).Select(s => s.TeamId).SingleAsync();
        var lead = await db.Staff.Where(s => s.TeamId == team && s.Email != mentor1)
            .OrderBy(s => s.Role == StaffRole.TeamLead ? 0 : 1).ThenBy(s => s.Email).FirstAsync();
        if (lead.Role != StaffRole.TeamLead)
            await db.Staff.Where(s => s.Id == lead.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Role, StaffRole.TeamLead));
        return lead.Email;
    });

    /// <summary>Seeds through the app's own verb, in-process; answers the time it took (zero when reused), or null
    /// when the database holds a synthetic organisation already and --reuse was not given.</summary>
    static async Task<TimeSpan?> SeedAsync(BenchOptions options)
    {
        var hostArgs = options.HostSettings().SelectMany(kv => new[] { $"--{kv.Key}", kv.Value }).ToArray();
        await using var app = SamenspelApp.Build(hostArgs, web: false);
        await DatabaseStartup.PrepareAsync(app.Services, seedDemo: false);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
            var org = await db.Organisations.AsNoTracking().Where(o => o.Name == SyntheticOrganisation).Select(o => (Guid?)o.Id).FirstOrDefaultAsync();
            if (org is { } id)
            {
                var youths = await db.Youths.CountAsync(y => y.OrganisationId == id);
                if (!options.Reuse)
                {
                    Console.Error.WriteLine($"De database heeft al een synthetische organisatie ({youths} jongeren). Geef --reuse of een lege --data.");
                    return null;
                }
                Console.WriteLine($"Bestaande synthetische organisatie met {youths:N0} jongeren hergebruikt (--reuse).");
                if (youths != options.Youths)
                    Console.WriteLine($"LET OP: --youths {options.Youths} gevraagd, maar de database heeft er {youths}.");
                return TimeSpan.Zero;
            }
        }

        Console.WriteLine($"Synthetische organisatie met {options.Youths:N0} jongeren zaaien...");
        var started = Stopwatch.StartNew();
        var verb = new Verbs.Verb("seed-synthetic", new Dictionary<string, string> { ["youths"] = options.Youths.ToString() }, ["seed-synthetic"]);
        var exit = await Verbs.RunAsync(app, verb, Console.Out);
        started.Stop();
        if (exit != 0) throw new InvalidOperationException($"seed-synthetic ended with {exit}.");
        Console.WriteLine($"Zaaien duurde {started.Elapsed.TotalSeconds:F1} s.");
        return started.Elapsed;
    }

    /// <summary>A second start of the app with EF Core's command log captured, one request per page: which queries
    /// a page runs and how long each took. Never during the measurement, since the logging costs time itself.</summary>
    static async Task ShowSqlAsync(BenchOptions options, IReadOnlyList<Page> pages)
    {
        var capture = new SqlCapture();
        using var factory = new BenchFactory(options.HostSettings(new Dictionary<string, string>
        {
            [$"Logging:LogLevel:{SqlCapture.Category}"] = "Information",
        }), capture);
        var baseAddress = factory.Start();
        var browsers = new Dictionary<string, Browser>();
        foreach (var page in pages.Where(p => p.Request is null))
        {
            if (!browsers.TryGetValue(page.Browser.Email, out var browser))
                browsers[page.Browser.Email] = browser = await Browser.LoginAsync(baseAddress, page.Browser.Email, Password);
            for (var i = 0; i < 5; i++) await browser.TimeAsync(page.Url);
            capture.Take();
            capture.On = true;
            var ms = await browser.TimeAsync(page.Url);
            capture.On = false;
            var commands = capture.Take().Select(ParseCommand).ToList();
            Console.WriteLine();
            Console.WriteLine($"### SQL voor {page.Url} ({ms:F1} ms round trip, {commands.Count} opdrachten, samen {commands.Sum(c => c.Ms)} ms volgens EF)");
            // Consecutive identical statements (the audit INSERTs) are shown once with their count.
            for (var i = 0; i < commands.Count;)
            {
                var run = commands.Skip(i).TakeWhile(c => c.Sql == commands[i].Sql).ToList();
                Console.WriteLine($"-- {run.Count} x, {run.Sum(c => c.Ms)} ms");
                Console.WriteLine(commands[i].Sql);
                Console.WriteLine();
                i += run.Count;
            }
        }
        foreach (var browser in browsers.Values) browser.Dispose();
    }

    /// <summary>"Executed DbCommand (12ms) [Parameters=...]" followed by the SQL.</summary>
    static (int Ms, string Sql) ParseCommand(string message)
    {
        var newline = message.IndexOf('\n');
        var header = newline < 0 ? message : message[..newline];
        var open = header.IndexOf('(');
        var close = header.IndexOf("ms)", StringComparison.Ordinal);
        var ms = open >= 0 && close > open && int.TryParse(header[(open + 1)..close], out var n) ? n : 0;
        return (ms, newline < 0 ? header : message[(newline + 1)..].Trim());
    }

    static double Percentile(double[] sorted, double p)
    {
        var rank = p / 100 * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
