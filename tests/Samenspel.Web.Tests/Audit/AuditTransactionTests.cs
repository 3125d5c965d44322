using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Audit;

/// <summary>SECURITY.md 16: the audit row and the change share one transaction. A database that refuses the audit
/// row (a trigger, standing in for a full disk or a broken constraint) must leave the change unsaved, so nothing is
/// ever written without its row.</summary>
public abstract class AuditTransactionTests(SamenspelFactory factory, bool postgres)
{
    [Fact]
    public async Task A_change_whose_audit_row_cannot_be_written_is_not_saved()
    {
        var noorId = await factory.YouthAsync("Noor");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var note = $"no-audit-{Guid.NewGuid():N}";
        var form = new Dictionary<string, string>
        {
            ["Input.SubmissionId"] = Guid.NewGuid().ToString(), ["Input.With"] = "youth", ["Input.Reached"] = "True",
            ["Input.Channel"] = "Phone", ["Input.Direction"] = "Outbound", ["Input.Reason"] = "Update", ["Input.Note"] = note,
            ["Input.When"] = TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"))
                .ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        };
        var eventsBefore = await factory.WithDbAsync(db => db.AuditEvents.CountAsync());

        await factory.OwnerSqlAsync(postgres
            ? """
              CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$;
              CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditEvents" FOR EACH ROW EXECUTE FUNCTION refuse_audit();
              """
            : """CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditEvents" BEGIN SELECT RAISE(ABORT, 'audit refused'); END;""");
        HttpResponseMessage refused;
        try
        {
            // The token comes from a page that reads no youth data: the form page itself would now fail on its read row.
            refused = await mentor.PostFormAsync($"/Contacts/New?youthId={noorId}", new(form), formPage: "/Accounts/Logout");
        }
        finally
        {
            await factory.OwnerSqlAsync(postgres
                ? """DROP TRIGGER refuse_audit ON "AuditEvents"; DROP FUNCTION refuse_audit();"""
                : "DROP TRIGGER refuse_audit;");
        }

        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ContactLog.CountAsync(c => c.Note == note)));
        Assert.Equal(eventsBefore, await factory.WithDbAsync(db => db.AuditEvents.CountAsync()));

        // With the audit table writable again the same form is saved with its row: the refusal came from the audit.
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.PostFormAsync($"/Contacts/New?youthId={noorId}", new(form))).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ContactLog.CountAsync(c => c.Note == note)));
    }
}

public sealed class AuditTransactionTests_Sqlite(SqliteFactory f) : AuditTransactionTests(f, false), IClassFixture<SqliteFactory>;
public sealed class AuditTransactionTests_Postgres(PostgresFactory f) : AuditTransactionTests(f, true), IClassFixture<PostgresFactory>;
