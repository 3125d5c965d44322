namespace Samenspel.Bench;

/// <summary>The command line: <c>--youths N --requests R --provider sqlite|postgres --connection CS --data DIR --reuse</c>;
/// <c>--concurrent</c> (or <c>--concurrency C</c>, <c>--seconds S</c>) for the closed loop with wrk. <see cref="Concurrency"/> is
/// null in the sequential mode.</summary>
public sealed record BenchOptions(int Youths, int Requests, int Warmup, string Provider, string? Connection, string DataDirectory, bool Reuse, bool ShowSql, IReadOnlySet<string> Pages,
    int? Concurrency = null, int Seconds = 10)
{
    public const string Usage = """
        Gebruik: dotnet run -c Release --project bench/Samenspel.Bench -- [opties]
          --youths N          aantal synthetische jongeren (standaard 10000)
          --requests R        gemeten verzoeken per pagina (standaard 300)
          --warmup W          opwarmverzoeken per pagina (standaard 20)
          --provider P        sqlite of postgres (standaard sqlite)
          --connection CS     verbindingsreeks voor PostgreSQL
          --data DIR          gegevensmap (standaard een nieuwe tijdelijke map)
          --reuse             niet zaaien als de synthetische organisatie al bestaat
          --pages LIJST       alleen deze pagina's, komma-gescheiden: caseload,youth-by-mentor,me,youth-by-youth,
                              alliance-fill,alliance-results,team (standaard alle; handig bij profileren)
          --show-sql          log de SQL van één verzoek per pagina (na de meting)
          --concurrent        gelijktijdige meting met wrk (gesloten lus) naast een ondergrens-endpoint
          --concurrency C     verbindingen in de gelijktijdige meting (standaard 16; zet --concurrent aan)
          --seconds S         duur van elke gelijktijdige meting in seconden (standaard 10; zet --concurrent aan)
        """;

    public static readonly string[] AllPages = ["caseload", "youth-by-mentor", "me", "youth-by-youth", "alliance-fill", "alliance-results", "team"];

    public bool IsPostgres => Provider == "postgres";

    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"Onverwacht argument '{args[i]}'.");
            var name = args[i][2..];
            if (name is "reuse" or "show-sql" or "concurrent" or "help") flags.Add(name);
            else if (i + 1 < args.Length) values[name] = args[++i];
            else throw new ArgumentException($"--{name} mist een waarde.");
        }
        if (flags.Contains("help")) throw new ArgumentException("");

        int Int(string name, int fallback, int min) =>
            !values.TryGetValue(name, out var v) ? fallback
            : int.TryParse(v, out var n) && n >= min ? n
            : throw new ArgumentException($"--{name} moet een getal van minstens {min} zijn.");

        var provider = (values.GetValueOrDefault("provider") ?? "sqlite").ToLowerInvariant() switch
        {
            "sqlite" => "sqlite",
            "postgres" or "postgresql" => "postgres",
            var other => throw new ArgumentException($"--provider '{other}' is niet sqlite of postgres."),
        };
        var connection = values.GetValueOrDefault("connection");
        if (provider == "postgres" && connection is null)
            throw new ArgumentException("--provider postgres vraagt --connection \"Host=...;Database=...;Username=...\".");
        var pages = (values.GetValueOrDefault("pages") ?? string.Join(',', AllPages))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (pages.FirstOrDefault(p => !AllPages.Contains(p)) is { } unknownPage)
            throw new ArgumentException($"--pages: onbekende pagina '{unknownPage}'; kies uit {string.Join(", ", AllPages)}.");
        if (pages.Count == 0) throw new ArgumentException("--pages is leeg.");
        var known = new[] { "youths", "requests", "warmup", "provider", "connection", "data", "pages", "concurrency", "seconds" };
        foreach (var name in values.Keys.Where(k => !known.Contains(k, StringComparer.OrdinalIgnoreCase)))
            throw new ArgumentException($"Onbekende optie --{name}.");

        var youths = Int("youths", 10_000, 12);
        var requests = Int("requests", 300, 1);
        var warmup = Int("warmup", 20, 0);
        var data = values.TryGetValue("data", out var d)
            ? Path.GetFullPath(d)
            : Directory.CreateTempSubdirectory("samenspel-bench-").FullName;
        var concurrent = flags.Contains("concurrent") || values.ContainsKey("concurrency") || values.ContainsKey("seconds");
        return new BenchOptions(youths, requests, warmup,
            provider, connection, data, flags.Contains("reuse"), flags.Contains("show-sql"), pages,
            concurrent ? Int("concurrency", 16, 1) : null, Int("seconds", 10, 1));
    }

    /// <summary>The host configuration the app reads, as <c>--key value</c> pairs for <c>SamenspelApp.Build</c>.</summary>
    public IReadOnlyDictionary<string, string> HostSettings(IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["data"] = DataDirectory,
            ["Samenspel:Database:Provider"] = Provider,
            ["Samenspel:DemoMode"] = "true",
            // No background jobs: the daily reminders would otherwise mail every synthetic carer (none has ever
            // signed in) while the pages are being measured.
            ["Samenspel:Scheduler:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (Connection is not null) settings["ConnectionStrings:Samenspel"] = Connection;
        if (extra is not null) foreach (var (k, v) in extra) settings[k] = v;
        return settings;
    }
}
