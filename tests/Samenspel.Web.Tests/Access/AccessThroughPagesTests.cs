using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Domain.Register;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Access;

/// <summary>The access policy as people meet it in the pages: what each carer sees of a youth's file. Each test builds
/// the youths and carers it asserts on (<see cref="Families"/>, <see cref="YouthBuilder"/>).</summary>
public abstract class AccessThroughPagesTests(SamenspelFactory factory)
{
    async Task<string> FileAsync(string email, Guid youthId) =>
        WebUtility.HtmlDecode(await (await Browser.LoginAsync(factory, email)).GetPageAsync($"/Youths/Details?id={youthId}"));

    [Fact]
    public async Task Another_familys_youth_answers_404_without_data_and_the_attempt_is_audited()
    {
        var samId = await new YouthBuilder(factory).Named("Sam", "Jansen").Aged(9).BuildAsync();
        var parent = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother);
        var response = await parent.GetAsync($"/Youths/Details?id={samId}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Sam Jansen", body);
        Assert.DoesNotContain("Jansen", body);
        var userId = await factory.UserIdAsync(DemoSeed.Email.NoorsMother);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.YouthId == samId && e.UserId == userId && e.Outcome == AuditOutcome.Denied && e.EventType == "Register")));
    }

    [Fact]
    public async Task Parent_without_authority_gets_basic_information_only()
    {
        var lotte = await new YouthBuilder(factory).Named("Lotte", "Hendriks").Aged(13).WithMentor(DemoSeed.Email.SouthMentor)
            .WithCarer("Erik Hendriks", out var father, CarerPosition.ParentWithoutAuthority).BuildAsync();
        var page = await FileAsync(father.Email, lotte);
        Assert.Contains("Lotte Hendriks", page);
        Assert.Contains("Ruben Mulder, mentor", page);
        Assert.DoesNotContain("Dagboekberichten", page);
        Assert.DoesNotContain("Wie keek in dit dossier", page);
        Assert.DoesNotContain("Wijzigen", page);
    }

    [Fact]
    public async Task Authority_gained_last_month_does_not_reveal_older_journal_pages()
    {
        var noor = await factory.NoorAsync();
        var father = await FileAsync(noor.Father.Email, noor.YouthId);
        Assert.Contains("stappenplan", father);
        Assert.DoesNotContain("school moeilijk", father);
        var mother = await FileAsync(noor.Mother.Email, noor.YouthId);
        Assert.Contains("stappenplan", mother);
        Assert.Contains("school moeilijk", mother);
    }

    [Fact]
    public async Task Page_shielded_by_a_professional_is_hidden_from_parents_but_not_from_the_team()
    {
        var noor = await factory.NoorAsync();
        Assert.DoesNotContain("ruzie op school", await FileAsync(noor.Mother.Email, noor.YouthId));
        Assert.DoesNotContain("ruzie op school", await FileAsync(noor.Father.Email, noor.YouthId));
        var mentor = await FileAsync(DemoSeed.Email.Mentor, noor.YouthId);
        Assert.Contains("ruzie op school", mentor);
        Assert.Contains("afgeschermd voor ouders", mentor);
    }

    [Fact]
    public async Task Care_team_shields_one_page_with_a_reason_and_parents_no_longer_see_it()
    {
        var (daanId, _, daansMother, _) = await factory.DaanAsync();
        var entryId = await factory.WithDbAsync(db => db.JournalEntries.Where(j => j.YouthId == daanId && j.Text.Contains("pasta")).Select(j => j.Id).SingleAsync());
        var url = $"/Youths/ShieldItem?youthId={daanId}&entryId={entryId}";
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Browser.LoginAsync(factory, daansMother.Email)).GetAsync(url)).StatusCode);

        var counsellor = await Browser.LoginAsync(factory, DemoSeed.Email.Counsellor);
        var empty = await counsellor.PostFormAsync(url, new() { ["Input.Reason"] = "" });
        Assert.Contains("Schrijf op waarom u dit afschermt.", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));
        Assert.Contains("pasta", await FileAsync(daansMother.Email, daanId));

        var done = await counsellor.PostFormAsync(url, new() { ["Input.Reason"] = "Daan vroeg erom." });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.DoesNotContain("pasta", await FileAsync(daansMother.Email, daanId));
        Assert.Contains("pasta", await FileAsync(DemoSeed.Email.Mentor, daanId));
        Assert.Equal("Daan vroeg erom.", await factory.WithDbAsync(db => db.JournalEntries.Where(j => j.Id == entryId).Select(j => j.ShieldReason).SingleAsync()));
    }

    [Fact]
    public async Task Journal_shielded_by_a_youth_of_17_is_not_shown_to_that_parent_and_his_visit_writes_only_what_he_saw()
    {
        var (daanId, _, daansMother, daansFather) = await factory.DaanAsync();
        var fatherId = await factory.UserIdAsync(daansFather.Email);
        var before = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.YouthId == daanId && e.UserId == fatherId).MaxAsync(e => (long?)e.Sequence)) ?? 0;
        var father = await FileAsync(daansFather.Email, daanId);
        Assert.Contains("Daan de Groot", father);
        Assert.DoesNotContain("Dagboekberichten", father);
        Assert.DoesNotContain("solliciteerd", father);
        Assert.Contains("solliciteerd", await FileAsync(daansMother.Email, daanId));
        // One row for the one thing he saw: no refused journal (he never asked for it), nor the plan and intake
        // that the page only probed to decide which links to draw.
        var rows = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.YouthId == daanId && e.UserId == fatherId && e.Sequence > before)
            .Select(e => new { e.EventType, e.Action, e.Outcome }).ToListAsync());
        Assert.Equal([("Register", AuditAction.Read, AuditOutcome.Success)], rows.Select(r => (r.EventType, r.Action, r.Outcome)));
        // The mother, who may read the journal, gets a row for it: it was shown.
        var motherId = await factory.UserIdAsync(daansMother.Email);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.YouthId == daanId && e.UserId == motherId && e.EventType == "Journal" && e.Outcome == AuditOutcome.Success)));
    }

    [Fact]
    public async Task Youth_sees_who_looked_at_their_file_and_that_look_is_audited_too()
    {
        var family = await factory.NoorAsync();
        await FileAsync(family.Mother.Email, family.YouthId);
        var noorId = family.YouthId;
        var noor = await Browser.LoginAsync(factory, family.YouthEmail);
        var log = WebUtility.HtmlDecode(await noor.GetPageAsync($"/Youths/AccessLog?id={noorId}"));
        Assert.Contains("Ingrid Peters", log);
        Assert.Contains("bekeek gegevens en betrokkenen", log);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.YouthId == noorId && e.EventType == "AccessLog" && e.Action == AuditAction.Read)));
    }

    [Fact]
    public async Task Youth_under_16_cannot_shield_categories()
    {
        var family = await factory.NoorAsync();
        var noor = await Browser.LoginAsync(factory, family.YouthEmail);
        var page = WebUtility.HtmlDecode(await noor.GetPageAsync("/Me/Sharing"));
        Assert.Contains("Vanaf je 16e", page);
        var response = await noor.PostFormAsync("/Me/Sharing", new() { ["Shared"] = "" }, formPage: "/Me/Journal");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var noorId = family.YouthId;
        Assert.Equal(0, await factory.WithDbAsync(db => db.CategoryShields.CountAsync(s => s.YouthId == noorId)));
    }

    [Fact]
    public async Task Double_submit_of_a_journal_page_stores_one_page()
    {
        var noor = await Browser.LoginAsync(factory, (await factory.NoorAsync()).YouthEmail);
        var submission = Guid.CreateVersion7().ToString();
        var fields = () => new Dictionary<string, string> { ["Input.Text"] = "Vandaag ging ik zwemmen.", ["Input.SubmissionId"] = submission };
        Assert.Equal(HttpStatusCode.Redirect, (await noor.PostFormAsync("/Me/Journal", fields())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await noor.PostFormAsync("/Me/Journal", fields())).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.JournalEntries.CountAsync(j => j.Text == "Vandaag ging ik zwemmen.")));
    }

    [Fact]
    public async Task Empty_journal_page_is_refused_in_Dutch()
    {
        var noor = await Browser.LoginAsync(factory, (await factory.NoorAsync()).YouthEmail);
        var response = await noor.PostFormAsync("/Me/Journal", new() { ["Input.Text"] = "  " });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Schrijf eerst iets op.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}

public sealed class AccessThroughPagesTests_Sqlite(SqliteFactory f) : AccessThroughPagesTests(f), IClassFixture<SqliteFactory>;
public sealed class AccessThroughPagesTests_Postgres(PostgresFactory f) : AccessThroughPagesTests(f), IClassFixture<PostgresFactory>;
