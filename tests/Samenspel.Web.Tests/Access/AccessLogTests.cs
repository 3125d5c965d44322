using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Features.Youths;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Access;

/// <summary>The access log as a youth or a parent reads it: one line per visit, names only of the youth's own
/// circle, and nothing a shield hides from the reader. Each test builds its own Daan (<see cref="Families.DaanAsync"/>),
/// so his log holds only the test's visits.</summary>
public abstract partial class AccessLogTests(SamenspelFactory factory)
{
    /// <summary>The log page as (summary, details) per visit, newest first.</summary>
    static async Task<List<(string Summary, List<string> Details)>> LogAsync(Browser reader, Guid youthId)
    {
        var page = WebUtility.HtmlDecode(await reader.GetPageAsync($"/Youths/AccessLog?id={youthId}"));
        return VisitLine().Matches(page).Select(m => (m.Groups[1].Value.Trim(),
            Detail().Matches(m.Groups[2].Value).Select(d => d.Groups[1].Value.Trim()).ToList())).ToList();
    }

    [Fact]
    public async Task A_fathers_visit_to_the_file_shows_as_one_line_with_what_he_saw_and_nothing_of_the_shielded_journal()
    {
        var (daanId, _, daansMother, daansFather) = await factory.DaanAsync();
        var mother = await Browser.LoginAsync(factory, daansMother.Email);
        await mother.GetPageAsync($"/Youths/Details?id={daanId}"); // the mother sees the journal: a Journal row
        var father = await Browser.LoginAsync(factory, daansFather.Email);
        var (fatherUser, fatherName) = (await factory.UserIdAsync(daansFather.Email), daansFather.Name);
        var before = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.YouthId == daanId).MaxAsync(e => e.Sequence));

        await father.GetPageAsync($"/Youths/Details?id={daanId}");
        var log = await LogAsync(father, daanId);

        var written = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.YouthId == daanId && e.Sequence > before)
            .Select(e => new { e.UserId, e.EventType, e.Action, e.Outcome }).ToListAsync());
        Assert.All(written, e => Assert.Equal(fatherUser, e.UserId));
        Assert.Equal([("Register", AuditAction.Read, AuditOutcome.Success), ("AccessLog", AuditAction.Read, AuditOutcome.Success)],
            written.Select(e => (e.EventType, e.Action, e.Outcome)));

        var (summary, details) = log[0];
        Assert.StartsWith($"{fatherName} bekeek het dossier van Daan, ", summary);
        Assert.Equal(["bekeek gegevens en betrokkenen", "bekeek wie keek in het dossier"], details);
        // Daan shields his journal from his father: the mother's reading of it is not on the father's log.
        Assert.DoesNotContain(log.SelectMany(l => l.Details), d => d.Contains("dagboek"));
        Assert.Contains((await LogAsync(mother, daanId)).SelectMany(l => l.Details), d => d == "bekeek dagboek");
    }

    [Fact]
    public async Task People_outside_the_youths_circle_appear_by_role_only()
    {
        var (daanId, daansEmail, _, _) = await factory.DaanAsync();
        await (await Browser.LoginAsync(factory, DemoSeed.Email.Administrator)).GetPageAsync($"/Youths/Details?id={daanId}");
        await (await Browser.LoginAsync(factory, DemoSeed.Email.TeamLead)).GetPageAsync($"/Youths/Details?id={daanId}");
        await (await Browser.LoginAsync(factory, DemoSeed.Email.Mentor)).GetPageAsync($"/Youths/Details?id={daanId}");
        var outsiders = await factory.WithDbAsync(db => db.Staff
            .Where(s => !db.CareTeamMembers.Any(m => m.YouthId == daanId && m.StaffMemberId == s.Id)).Select(s => s.Name).ToListAsync());
        Assert.Contains("Peter de Wit", outsiders);
        Assert.Contains("Henk Bakker", outsiders);

        var daan = await Browser.LoginAsync(factory, daansEmail);
        var page = WebUtility.HtmlDecode(await daan.GetPageAsync($"/Youths/AccessLog?id={daanId}"));
        foreach (var name in outsiders) Assert.DoesNotContain(name, page);
        var summaries = (await LogAsync(daan, daanId)).Select(l => l.Summary).ToList();
        Assert.Contains(summaries, s => s.StartsWith("Een beheerder bekeek je dossier, "));
        Assert.Contains(summaries, s => s.StartsWith("Een teamleider bekeek je dossier, "));
        Assert.Contains(summaries, s => s.StartsWith("Eva de Boer bekeek je dossier, "));
        Assert.Contains(summaries, s => s.StartsWith("Daan de Groot bekeek je dossier, "));
    }

    [GeneratedRegex("<span class=\"access-log__visit\">([^<]*)</span>\\s*<ul class=\"utrecht-unordered-list\">(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex VisitLine();

    [GeneratedRegex("<li class=\"utrecht-unordered-list__item\">([^<]*)</li>")]
    private static partial Regex Detail();
}

public sealed class AccessLogTests_Sqlite(SqliteFactory f) : AccessLogTests(f), IClassFixture<SqliteFactory>;
public sealed class AccessLogTests_Postgres(PostgresFactory f) : AccessLogTests(f), IClassFixture<PostgresFactory>;

/// <summary>How events become visits, without a database.</summary>
public sealed class AccessLogVisitTests
{
    static readonly DateTimeOffset T0 = new(2026, 12, 3, 13, 2, 0, TimeSpan.Zero);
    static readonly Guid Mark = Guid.NewGuid(), Ingrid = Guid.NewGuid();

    static AccessLogModel.Event At(int minutes, Guid? user, string what = "Register", string? role = "Mentor") =>
        new(T0.AddMinutes(minutes), user, role, AuditAction.Read, what, AuditOutcome.Success);

    [Fact]
    public void Events_of_one_person_within_half_an_hour_of_each_other_are_one_visit()
    {
        var visits = AccessLogModel.Group(
            [At(0, Mark), At(5, Ingrid), At(10, Mark, "Plan"), At(35, Mark, "Journal"), At(70, Mark), At(71, null, "Register", "system"), At(72, null, "Register", "system")],
            AccessLogModel.VisitWindow);

        Assert.Equal(4, visits.Count);
        Assert.Equal([71, 70, 5, 0], visits.Select(v => (int)(v.Start - T0).TotalMinutes));
        Assert.Equal(["Register", "Plan", "Journal"], visits[3].Events.Select(e => e.What));
        Assert.Equal(Mark, visits[3].UserId);
        Assert.Equal(Ingrid, visits[2].UserId);
        Assert.Single(visits[1].Events);
        Assert.Null(visits[0].UserId);
        Assert.Equal(2, visits[0].Events.Count);
    }
}
