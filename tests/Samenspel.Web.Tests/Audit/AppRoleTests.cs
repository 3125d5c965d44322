using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Audit;

/// <summary>On PostgreSQL the app runs as its own role, which the owner's migration start grants only SELECT and INSERT
/// on the audit events (SECURITY.md requirement 20): the app works, but cannot change or delete its trail.</summary>
public sealed class AppRoleTests_Postgres(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task The_apps_role_writes_audit_rows_but_may_not_update_delete_or_truncate_them()
    {
        Assert.True(Postgres.AppConnection("x") is not null, "SAMENSPEL_TEST_POSTGRES_APP is not set: run the tests with ./test.sh, which makes the app's role.");
        var appRole = await factory.WithDbAsync(db => Task.FromResult(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Username));
        Assert.Equal("samenspel_app", appRole);
        var noor = await factory.WithDbAsync(db => db.Youths.Where(y => y.GivenName == "Noor").Select(y => y.Id).SingleAsync());
        var before = await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.YouthId == noor && e.Action == AuditAction.Read));

        await (await Browser.LoginAsync(factory, DemoSeed.Email.Mentor)).GetPageAsync($"/Youths/Details?id={noor}");

        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.YouthId == noor && e.Action == AuditAction.Read)) > before);
        foreach (var sql in new[] { "UPDATE \"AuditEvents\" SET \"Outcome\" = 'Denied'", "DELETE FROM \"AuditEvents\"", "TRUNCATE \"AuditEvents\"" })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql)));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
        // The chain head stays the app's to move: appenders lock and advance it.
        Assert.Equal(1, await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"AuditChainHeads\" SET \"LastSequence\" = \"LastSequence\" WHERE \"OrganisationId\" = (SELECT \"Id\" FROM \"Organisations\" LIMIT 1)")));
    }
}
