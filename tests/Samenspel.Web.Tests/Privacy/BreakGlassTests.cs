using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;
using Samenspel.Web.Tests.IntakeAndOnboarding;

namespace Samenspel.Web.Tests.Privacy;

/// <summary>SECURITY.md requirements 9 and 18: staff open a file only when the youth is on their caseload, break-glass
/// needs a reason and is flagged and reported, and only the privacy officer reads the organisation's log. Each test
/// uses its own professional and youth, so that the order of the tests does not matter.</summary>
public abstract class BreakGlassTests(SamenspelFactory factory, SmtpServer smtp)
{
    const string Reason = "Noor belt in paniek, haar mentor is ziek en ik heb het crisisplan nodig.";

    Task<long> LastSequenceAsync() => factory.WithDbAsync(db => db.AuditEvents.MaxAsync(e => e.Sequence));

    Task<List<AuditEvent>> EventsSinceAsync(long sequence) =>
        factory.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Sequence > sequence).OrderBy(e => e.Sequence).ToListAsync());

    static Task<HttpResponseMessage> RequestAsync(Browser staff, Guid youthId, string reason) =>
        staff.PostFormAsync($"/Emergency/Request?youthId={youthId}", new() { ["Input.Reason"] = reason });

    [Fact]
    public async Task A_professional_without_a_relation_to_the_youth_gets_404_and_the_refusal_is_logged()
    {
        var daan = await factory.YouthAsync("Daan");
        var ruben = await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor);
        var before = await LastSequenceAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await ruben.GetAsync($"/Youths/Details?id={daan}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ruben.GetAsync($"/Plan?youthId={daan}")).StatusCode);

        var rows = await EventsSinceAsync(before);
        var refusal = Assert.Single(rows, e => e.EventType == "Register");
        Assert.Equal((daan, AuditOutcome.Denied, await factory.UserIdAsync(DemoSeed.Email.SouthMentor), false),
            (refusal.YouthId!.Value, refusal.Outcome, refusal.UserId!.Value, refusal.Emergency));
    }

    [Fact]
    public async Task Break_glass_without_a_real_reason_is_refused_with_a_Dutch_message_and_opens_nothing()
    {
        var noor = await factory.YouthAsync("Noor");
        var sanne = await Browser.LoginAsync(factory, DemoSeed.Email.SouthTeamLead);
        // A team lead reaches it from her team page, as a mentor does from the caseload.
        Assert.Contains("href=\"/Emergency\"", await sanne.GetPageAsync("/Team"));

        var empty = await RequestAsync(sanne, noor, "");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Schrijf op waarom u noodtoegang nodig hebt.", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));
        var tooShort = await RequestAsync(sanne, noor, "nodig");
        Assert.Contains("minstens 20 tekens", WebUtility.HtmlDecode(await tooShort.Content.ReadAsStringAsync()));

        Assert.Equal(0, await factory.WithDbAsync(db => db.EmergencyAccesses.CountAsync(g => g.YouthId == noor
            && db.Staff.Any(s => s.Id == g.StaffMemberId && s.Email == DemoSeed.Email.SouthTeamLead))));
        Assert.Equal(HttpStatusCode.NotFound, (await sanne.GetAsync($"/Youths/Details?id={noor}")).StatusCode);
    }

    [Fact]
    public async Task Break_glass_with_a_reason_opens_the_file_to_read_flags_every_row_and_alerts_the_privacy_officer()
    {
        var noor = await factory.YouthAsync("Noor");
        var ruben = await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor);
        var mailsBefore = smtp.To(DemoSeed.Email.PrivacyOfficer).Count;
        var before = await LastSequenceAsync();

        // Found through the search of the organisation, which is itself logged (without the search term).
        var search = await ruben.GetPageAsync("/Emergency/Index?Name=peters");
        Assert.Contains($"/Emergency/Request?youthId={noor}", search);
        var response = await RequestAsync(ruben, noor, Reason);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Youths/Details?id={noor}", response.Headers.Location!.OriginalString);
        var file = WebUtility.HtmlDecode(await ruben.GetPageAsync($"/Youths/Details?id={noor}"));
        Assert.Contains("U kijkt met noodtoegang", file);
        Assert.Equal(HttpStatusCode.OK, (await ruben.GetAsync($"/Plan?youthId={noor}")).StatusCode);

        var rows = await EventsSinceAsync(before);
        Assert.Contains(rows, e => e is { EventType: "search", YouthId: not null } && e.YouthId == noor && !e.Emergency);
        Assert.DoesNotContain(rows, e => e.ObjectId == "peters" || e.ObjectType == "peters");
        var grantRow = Assert.Single(rows, e => e.EventType == "emergency");
        Assert.Equal((noor, AuditAction.Create, true), (grantRow.YouthId!.Value, grantRow.Action, grantRow.Emergency));
        var reads = rows.Where(e => e.YouthId == noor && e.Action == AuditAction.Read && e.EventType is "Register" or "Plan").ToList();
        Assert.Contains(reads, e => e.EventType == "Register");
        Assert.Contains(reads, e => e.EventType == "Plan");
        Assert.All(reads, e => Assert.True(e.Emergency && e.Outcome == AuditOutcome.Success, $"{e.EventType} row not flagged"));
        // Not the youth's journal: the file page leaves it out, so no journal row at all.
        Assert.DoesNotContain(rows, e => e.EventType == "Journal");
        // The reason is kept on the grant for the privacy officer, never in the audit table; the chain still verifies.
        Assert.Equal(Reason, await factory.WithDbAsync(db => db.EmergencyAccesses.Where(g => g.YouthId == noor).Select(g => g.Reason).SingleAsync()));
        Assert.Empty(await factory.WithDbAsync(db => AuditChain.VerifyAsync(db, default)));

        var mail = Assert.Single(smtp.To(DemoSeed.Email.PrivacyOfficer).Skip(mailsBefore));
        Assert.Equal("Noodtoegang tot een dossier", mail.Subject);
        Assert.Contains("Ruben Mulder", mail.TextBody);
        Assert.DoesNotContain("Noor", mail.TextBody);
        Assert.DoesNotContain("crisisplan", mail.TextBody);

        // Noor sees the visit in her access log, marked, in time order (newest first).
        var log = WebUtility.HtmlDecode(await (await Browser.LoginAsync(factory, DemoSeed.Email.Noor)).GetPageAsync($"/Youths/AccessLog?id={noor}"));
        var flag = log.IndexOf("data-testid=\"emergency-flag\"", StringComparison.Ordinal);
        Assert.True(flag > 0, "no break-glass flag on Noor's access log");
        var line = log[flag..].Split("</li>")[0];
        Assert.Contains("Een mentor bekeek je dossier", line);
        Assert.Contains("nam noodtoegang", log[flag..]);
        Assert.True(log.IndexOf("Noor Peters bekeek je dossier", StringComparison.Ordinal) < flag, "Noor's own visit, the newest, comes first");
    }

    [Fact]
    public async Task The_grant_ends_after_four_hours_on_the_clock_and_is_read_only_while_it_runs()
    {
        var sam = await factory.YouthAsync("Sam");
        var sanne = await Browser.LoginAsync(factory, DemoSeed.Email.SouthTeamLead);
        Assert.Equal(HttpStatusCode.Redirect, (await RequestAsync(sanne, sam, "Sam is weggelopen van huis, ik zoek de telefoonnummers.")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sanne.GetAsync($"/Youths/Details?id={sam}")).StatusCode);
        // Reading, not writing: the form for a new contact-log entry is refused (a relation exists, so 403).
        Assert.Equal(HttpStatusCode.Forbidden, (await sanne.GetAsync($"/Contacts/New?youthId={sam}")).StatusCode);

        factory.Clock.Advance(EmergencyAccess.Duration + TimeSpan.FromMinutes(1));
        var later = await Browser.LoginAsync(factory, DemoSeed.Email.SouthTeamLead);
        Assert.Equal(HttpStatusCode.NotFound, (await later.GetAsync($"/Youths/Details?id={sam}")).StatusCode);
    }

    [Fact]
    public async Task Only_the_privacy_officer_reads_the_log_each_reading_is_logged_and_grants_show_their_reason()
    {
        var lotte = await factory.YouthAsync("Lotte");
        var admin = await Browser.LoginAsync(factory, DemoSeed.Email.Administrator);
        await RequestAsync(admin, lotte, "Pleegouders bellen 's nachts: Lotte is niet thuisgekomen.");

        foreach (var other in new[] { DemoSeed.Email.Mentor, DemoSeed.Email.TeamLead, DemoSeed.Email.Administrator, DemoSeed.Email.NoorsMother, DemoSeed.Email.Noor })
            Assert.Equal(HttpStatusCode.NotFound, (await (await Browser.LoginAsync(factory, other)).GetAsync("/Privacy/Index")).StatusCode);

        var officer = await Browser.LoginAsync(factory, DemoSeed.Email.PrivacyOfficer);
        var home = await officer.GetAsync("/");
        Assert.Equal("/Privacy", home.Headers.Location?.OriginalString);
        var before = await LastSequenceAsync();
        var page = WebUtility.HtmlDecode(await officer.GetPageAsync("/Privacy/Index?Youth=lotte"));

        var reading = Assert.Single(await EventsSinceAsync(before));
        Assert.Equal(("audit", AuditAction.Read, AuditOutcome.Success, await factory.UserIdAsync(DemoSeed.Email.PrivacyOfficer), "PrivacyOfficer"),
            (reading.EventType, reading.Action, reading.Outcome, reading.UserId!.Value, reading.Role));
        Assert.Contains("Peter de Wit keek met noodtoegang in het dossier van Lotte Hendriks", page);
        Assert.Contains("Reden: Pleegouders bellen 's nachts: Lotte is niet thuisgekomen.", page);
        Assert.Contains("data-emergency=\"true\"", page);
        Assert.DoesNotContain("Noor Peters", page); // filtered on Lotte
    }
}

public sealed class BreakGlassTests_Sqlite(SqliteWithSmtpFactory f) : BreakGlassTests(f, f.Smtp), IClassFixture<SqliteWithSmtpFactory>;
public sealed class BreakGlassTests_Postgres(PostgresWithSmtpFactory f) : BreakGlassTests(f, f.Smtp), IClassFixture<PostgresWithSmtpFactory>;
