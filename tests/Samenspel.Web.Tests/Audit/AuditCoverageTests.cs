using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Audit;

/// <summary>SECURITY.md 13, as a guard for pages still to come: every page that takes a youth id from the address
/// (found by reflection, so a new page is included without anyone listing it) and shows the youth's mentor a page for
/// that youth, writes a successful Read row for that youth. <see cref="AuditPerPageTests"/> checks the category and
/// object of each known page; this one fails a new page that forgets the audit altogether.</summary>
public abstract class AuditCoverageTests(SamenspelFactory factory)
{
    static IEnumerable<string> PagesTakingAYouthId() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)) && t.GetProperty("YouthId") is { } p
                && p.GetCustomAttribute<BindPropertyAttribute>() is { SupportsGet: true })
            .Select(t => "/" + string.Join('/', t.Namespace!.Split('.').SkipWhile(n => n != "Features").Skip(1)) + "/" + t.Name[..^"Model".Length])
            .Order();

    [Fact]
    public async Task Every_page_that_shows_a_youth_by_id_writes_a_read_row_for_that_youth()
    {
        var pages = PagesTakingAYouthId().ToList();
        Assert.True(pages.Count >= 20, $"reflection found only {pages.Count} pages: {string.Join(", ", pages)}");
        var noor = await factory.YouthAsync("Noor");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var shown = new List<string>();
        var missing = new List<string>();
        foreach (var page in pages)
        {
            var before = await factory.WithDbAsync(db => db.AuditEvents.MaxAsync(e => e.Id));
            var response = await mentor.GetAsync($"{page}?youthId={noor}");
            Assert.True((int)response.StatusCode < 500, $"{page} answered {(int)response.StatusCode}");
            if (response.StatusCode != HttpStatusCode.OK) continue; // needs more than the youth (a goal, a measurement...)
            shown.Add(page);
            if (!await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Id > before && e.YouthId == noor
                    && e.Action == AuditAction.Read && e.Outcome == AuditOutcome.Success)))
                missing.Add(page);
        }
        Assert.True(shown.Count >= 15, $"only {shown.Count} pages showed Noor to her mentor: {string.Join(", ", shown)}");
        Assert.True(missing.Count == 0, $"these pages showed Noor without a read row: {string.Join(", ", missing)}");
    }
}

public sealed class AuditCoverageTests_Sqlite(SqliteFactory f) : AuditCoverageTests(f), IClassFixture<SqliteFactory>;
public sealed class AuditCoverageTests_Postgres(PostgresFactory f) : AuditCoverageTests(f), IClassFixture<PostgresFactory>;
