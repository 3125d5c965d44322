using Samenspel.Web.Cli;

namespace Samenspel.Web.Tests.Infrastructure;

/// <summary>Runs a command-line verb through the same entry code as <c>dotnet run --project src/Samenspel.Web -- VERB</c>.</summary>
public static class CommandLine
{
    public static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var (verb, hostArgs) = Verbs.Split(args);
        // The tests' fixed audit key, unless the command names one itself.
        if (!hostArgs.Contains("--Samenspel:Audit:Key")) hostArgs = [.. hostArgs, "--Samenspel:Audit:Key", SamenspelFactory.AuditKey];
        await using var app = SamenspelApp.Build(hostArgs, web: false);
        var output = new StringWriter();
        var exit = await Verbs.RunAsync(app, verb!, output);
        return (exit, output.ToString());
    }

    public static string[] Sqlite(string dataDirectory) =>
        ["--data", dataDirectory, "--Samenspel:Database:Provider", "sqlite"];
}
