using Microsoft.Data.Sqlite;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Audit;

/// <summary>The audit trail on a real SQLite file, checked with the real <c>audit verify</c> verb.</summary>
public sealed class AuditTrailTests : IAsyncLifetime
{
    readonly Infrastructure.SqliteFactory factory = new();
    string Db => Path.Combine(factory.DataDirectory, "samenspel.db");

    public async Task InitializeAsync()
    {
        // Some activity: logins, page views (reads), a change and a refusal.
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        await mentor.GetPageAsync("/Caseload");
        var parent = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother);
        await parent.GetPageAsync("/Family");
        await Browser.Anonymous(factory).PostFormAsync("/Accounts/Login", new() { ["Input.Email"] = DemoSeed.Email.SamsMother, ["Input.Password"] = "fout" });
        await factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task Verify_passes_on_an_untouched_database()
    {
        var (exit, output) = await CommandLine.RunAsync(["audit", "verify", .. CommandLine.Sqlite(factory.DataDirectory)]);
        Assert.Equal(0, exit);
        Assert.Contains("De audit-keten is heel", output);
    }

    [Fact]
    public async Task Verify_names_the_exact_event_that_was_edited_in_the_database()
    {
        var (id, sequence) = (Scalar("SELECT Id FROM AuditEvents WHERE Action = 'Read' ORDER BY Id LIMIT 1 OFFSET 3"),
                              Scalar("SELECT Sequence FROM AuditEvents WHERE Action = 'Read' ORDER BY Id LIMIT 1 OFFSET 3"));
        Execute($"UPDATE AuditEvents SET Outcome = 'Denied' WHERE Id = {id}");
        var (exit, output) = await CommandLine.RunAsync(["audit", "verify", .. CommandLine.Sqlite(factory.DataDirectory)]);
        Assert.Equal(1, exit);
        Assert.Contains($"gebeurtenis {sequence} (id {id}) was altered", output);
    }

    [Fact]
    public async Task Verify_detects_a_removed_event_and_removed_events_at_the_end()
    {
        var middle = Scalar("SELECT Sequence FROM AuditEvents ORDER BY Sequence LIMIT 1 OFFSET 10");
        var organisation = Scalar("SELECT COUNT(DISTINCT OrganisationId) FROM AuditEvents");
        Assert.True(organisation >= 1);
        Execute($"DELETE FROM AuditEvents WHERE Sequence = {middle} AND OrganisationId = (SELECT OrganisationId FROM AuditEvents WHERE Sequence = {middle} LIMIT 1)");
        var (exit, output) = await CommandLine.RunAsync(["audit", "verify", .. CommandLine.Sqlite(factory.DataDirectory)]);
        Assert.Equal(1, exit);
        Assert.Contains($"event {middle} is missing", output);
    }

    [Fact]
    public async Task Verify_detects_that_the_newest_events_were_cut_off()
    {
        Execute("DELETE FROM AuditEvents WHERE Id = (SELECT MAX(Id) FROM AuditEvents WHERE OrganisationId = (SELECT OrganisationId FROM Organisations LIMIT 1))");
        var (exit, output) = await CommandLine.RunAsync(["audit", "verify", .. CommandLine.Sqlite(factory.DataDirectory)]);
        Assert.Equal(1, exit);
        Assert.Contains("events at the end were removed", output);
    }

    [Fact]
    public async Task Events_carry_identifiers_but_never_content()
    {
        await using var db = new SqliteConnection($"Data Source={Db}");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT * FROM AuditEvents";
        await using var reader = await command.ExecuteReaderAsync();
        var content = new[] { "Noor", "Peters", "Jansen", "stappenplan", "ruzie", "fout", "@demo.samenspel.nl" };
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
                if (reader.GetValue(i) is string value)
                    Assert.DoesNotContain(content, c => value.Contains(c, StringComparison.OrdinalIgnoreCase));
        }
        Assert.True(rows > 20);
    }

    [Fact]
    public void Failed_login_is_audited_with_the_user_and_no_password()
    {
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM AuditEvents e JOIN AspNetUsers u ON u.Id = e.UserId WHERE e.EventType = 'login' AND e.Outcome = 'Failure' AND u.Email = 'ouder.sam@demo.samenspel.nl'"));
    }
}
