using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Accounts;

public sealed class CommandLineTests
{
    static readonly HashSet<string> DutchRoles = ["mentor", "schaduwmentor", "begeleider", "gedragswetenschapper", "teamleider", "beheerder", "privacyfunctionaris", "ouder", "jongere"];

    [Fact]
    public async Task Demo_logins_prints_one_tab_separated_login_per_line_with_Dutch_roles()
    {
        var (exit, output) = await CommandLine.RunAsync(["demo", "logins", .. CommandLine.Sqlite(Directory.CreateTempSubdirectory().FullName)]);
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 10);
        foreach (var line in lines)
        {
            var parts = line.TrimEnd('\r').Split('\t');
            Assert.Equal(3, parts.Length);
            Assert.Contains("@", parts[0]);
            Assert.Contains(parts[1], DutchRoles);
        }
        Assert.Equal(DutchRoles, lines.Select(l => l.Split('\t')[1]).ToHashSet());
    }

    [Fact]
    public async Task Token_create_prints_a_token_as_last_line_for_a_known_user_and_refuses_an_unknown_one()
    {
        var data = Directory.CreateTempSubdirectory().FullName;
        await using (var factory = new SqliteOnDirectory(data)) factory.CreateClient();
        var (exit, output) = await CommandLine.RunAsync(["token", "create", "--user", DemoSeed.Email.Mentor, "--name", "test", .. CommandLine.Sqlite(data)]);
        Assert.Equal(0, exit);
        Assert.StartsWith("ssp_", output.Trim().Split('\n').Last());

        var (unknownExit, unknownOutput) = await CommandLine.RunAsync(["token", "create", "--user", "niemand@example.nl", .. CommandLine.Sqlite(data)]);
        Assert.Equal(2, unknownExit);
        Assert.Contains("Er is geen gebruiker met e-mailadres niemand@example.nl", unknownOutput);
    }

    [Fact]
    public async Task Seed_synthetic_builds_an_organisation_whose_audit_chain_verifies()
    {
        var data = Directory.CreateTempSubdirectory().FullName;
        var (exit, output) = await CommandLine.RunAsync(["seed-synthetic", "--youths", "30", .. CommandLine.Sqlite(data)]);
        Assert.Equal(0, exit);
        Assert.Contains("30 jongeren", output);
        var (verifyExit, _) = await CommandLine.RunAsync(["audit", "verify", .. CommandLine.Sqlite(data)]);
        Assert.Equal(0, verifyExit);

        var (badExit, badOutput) = await CommandLine.RunAsync(["seed-synthetic", "--youths", "veel", .. CommandLine.Sqlite(data)]);
        Assert.Equal(2, badExit);
        Assert.Contains("--youths N", badOutput);
    }

    [Fact]
    public async Task Unknown_verb_explains_the_usage()
    {
        var (exit, output) = await CommandLine.RunAsync(["frobnicate", .. CommandLine.Sqlite(Directory.CreateTempSubdirectory().FullName)]);
        Assert.Equal(2, exit);
        Assert.Contains("audit verify", output);
    }

    /// <summary>The web app on a given data directory, to seed the demo organisation the way a first start does.</summary>
    sealed class SqliteOnDirectory(string data) : SamenspelFactory
    {
        protected override string Provider => "sqlite";
        protected override string ConnectionString => $"Data Source={Path.Combine(data, "samenspel.db")}";
    }
}
