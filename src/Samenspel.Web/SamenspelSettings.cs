namespace Samenspel.Web;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The product's settings, read once. Defaults make <c>dotnet run</c> work with nothing configured.</summary>
public sealed record SamenspelSettings(
    string DataDirectory,
    DatabaseProvider Provider,
    string ConnectionString,
    bool DemoMode,
    bool DemoStory,
    string PublicUrl,
    string MailFrom,
    string? SmtpHost,
    int SmtpPort)
{
    /// <summary>PostgreSQL only: <c>ConnectionStrings:SamenspelOwner</c>, the role that owns the schema and runs the
    /// migrations. With it, <see cref="ConnectionString"/> is the app's own role, which may not change or delete audit
    /// events (see <see cref="Data.DatabaseStartup"/>).</summary>
    public string? OwnerConnectionString { get; init; }

    public string Outbox => Path.Combine(DataDirectory, "outbox");

    /// <summary>./data at the repository root: <c>dotnet run --project</c> starts in the project folder, but
    /// people look for the data next to the README.</summary>
    static string DefaultDataDirectory()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Samenspel.sln")))
                return Path.Combine(dir.FullName, "data");
        return "data";
    }

    public static SamenspelSettings From(IConfiguration config)
    {
        var data = Path.GetFullPath(config["data"] ?? config["Samenspel:DataDirectory"] ?? DefaultDataDirectory());
        var provider = (config["Samenspel:Database:Provider"] ?? "sqlite").ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" => DatabaseProvider.Postgres,
            var other => throw new InvalidOperationException($"Samenspel:Database:Provider '{other}' is not sqlite or postgres."),
        };
        var connection = config.GetConnectionString("Samenspel")
            ?? (provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(data, "samenspel.db")};Default Timeout=30"
                : throw new InvalidOperationException("ConnectionStrings:Samenspel is required for PostgreSQL."));
        return new SamenspelSettings(
            data,
            provider,
            connection,
            // Production behaviour unless asked for: --demo, or appsettings.Development.json.
            config.GetValue("Samenspel:DemoMode", false),
            // The demo organisation half a year in (plans, measurements, messages...), on top of the bare register.
            config.GetValue("Samenspel:DemoStory", true),
            (config["Samenspel:PublicUrl"] ?? PublicUrlFrom(config["urls"]) ?? SamenspelApp.DefaultUrl).TrimEnd('/'),
            config["Samenspel:Mail:From"] ?? "noreply@samenspel.local",
            config["Samenspel:Mail:SmtpHost"],
            config.GetValue("Samenspel:Mail:SmtpPort", 25))
        {
            OwnerConnectionString = provider == DatabaseProvider.Postgres ? config.GetConnectionString("SamenspelOwner") : null,
        };
    }

    /// <summary>The first address the server listens on (<c>--urls</c>, <c>ASPNETCORE_URLS</c> or <c>urls</c> in
    /// appsettings.json), with a listen-on-everything host (*, +, 0.0.0.0, [::]) read as localhost.</summary>
    public static string? PublicUrlFrom(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null) return null;
        var wildcard = System.Text.RegularExpressions.Regex.Match(first, @"^(?<scheme>[a-z]+://)(\*|\+|0\.0\.0\.0|\[::\])(?<rest>[:/].*)?$");
        return wildcard.Success ? $"{wildcard.Groups["scheme"].Value}localhost{wildcard.Groups["rest"].Value}" : first;
    }
}
