using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Domain.Access;
using Samenspel.Domain.Register;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.EvaluationsAndAgreements;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Contacts;

/// <summary>The contact log and the contact rhythm through the pages: fast logging, double submits, bad input, the
/// rhythm against contact agreements, trajectories without parent contact, and a 16+ youth's shield.
/// Each test builds its own youth and carers (<see cref="YouthBuilder"/>), so the order of the tests does not matter.</summary>
public abstract class ContactLogTests(SamenspelFactory factory)
{
    static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    string Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Amsterdam).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
    string DaysAgo(int days) => Local(factory.Clock.GetUtcNow().AddDays(-days));

    Task<HttpResponseMessage> LogAsync(Browser staff, Guid youthId, string with, bool reached = true, string? when = null, string note = "",
        string channel = "Phone", Guid? submission = null) =>
        staff.PostFormAsync($"/Contacts/New?youthId={youthId}", new()
        {
            ["Input.SubmissionId"] = (submission ?? Guid.NewGuid()).ToString(), ["Input.With"] = with, ["Input.Reached"] = reached.ToString(),
            ["Input.Channel"] = channel, ["Input.Direction"] = "Outbound", ["Input.Reason"] = "Update",
            ["Input.When"] = when ?? Local(factory.Clock.GetUtcNow()), ["Input.Note"] = note,
        });

    Task ContactAgreementAsync(Guid youthId, Guid carerId, int everyDays) =>
        factory.WithDbAsync(async db =>
        {
            var trajectory = await db.Trajectories.Where(t => t.YouthId == youthId).OrderByDescending(t => t.StartDate).Select(t => t.Id).FirstAsync();
            db.Agreements.Add(new Agreement
            {
                TrajectoryId = trajectory, YouthId = youthId, Kind = AgreementKind.Contact, Topic = "Contact", Text = "De mentor belt.",
                Owner = AgreementOwner.Mentor, CarerId = carerId, EveryDays = everyDays, Channel = ContactChannel.Phone, CreatedAt = factory.Clock.GetUtcNow(),
            });
            return await db.SaveChangesAsync();
        });

    /// <summary>Lotte (13) in foster care with team Zuid for three months: her mother Petra with authority, her
    /// father Erik without.</summary>
    async Task<(Guid Lotte, Guid Petra, Guid Erik)> LotteAsync()
    {
        var lotte = await new YouthBuilder(factory).Named("Lotte").Aged(13).WithMentor(DemoSeed.Email.SouthMentor).InCareSince(factory.Clock.DutchToday().AddMonths(-3))
            .WithCarer("Petra Hendriks", out var petra).WithCarer("Erik Hendriks", out var erik, CarerPosition.ParentWithoutAuthority).BuildAsync();
        return (lotte, petra.Id, erik.Id);
    }

    [Fact]
    public async Task The_form_is_one_click_from_the_caseload_with_the_carers_to_choose_and_sensible_defaults()
    {
        var noorId = await new YouthBuilder(factory).Named("Noor").WithTeamMember(DemoSeed.Email.Scientist, StaffRole.BehaviouralScientist)
            .WithCarer("Ingrid Peters", out var ingridCarer).WithCarer("Mark Peters", out var markCarer).BuildAsync();
        var (ingrid, mark) = (ingridCarer.Id, markCarer.Id);
        await factory.WithDbAsync(db =>
        {
            db.NetworkContacts.Add(new NetworkContact { YouthId = noorId, Kind = NetworkContactKind.School, Name = "Mevr. Kaya (mentor school)", Organisation = "Het Baken College" });
            return db.SaveChangesAsync();
        });
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        Assert.Contains($"href=\"/Contacts/New?youthId={noorId}\"", await mentor.PageTextAsync("/Caseload"));

        var form = await mentor.PageTextAsync($"/Contacts/New?youthId={noorId}");
        Assert.Contains($"<option value=\"carer:{ingrid}\" selected>Ingrid Peters (ouder met gezag)</option>", form);
        Assert.Contains($"<option value=\"carer:{mark}\">Mark Peters (ouder met gezag)</option>", form);
        Assert.Contains("<option value=\"youth\">Noor (jongere)</option>", form);
        Assert.Contains("Mevr. Kaya (mentor school) (school)", form);
        Assert.Contains("<option value=\"True\" selected>", form);
        Assert.Contains("<option value=\"Phone\" selected>telefoon</option>", form);
        Assert.Contains($"value=\"{Local(factory.Clock.GetUtcNow())}\"", form);

        // Staff who may read but not write the log, and carers, do not get the form.
        var scientist = await Browser.LoginAsync(factory, DemoSeed.Email.Scientist);
        Assert.Equal(HttpStatusCode.Forbidden, (await scientist.GetAsync($"/Contacts/New?youthId={noorId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await scientist.GetAsync($"/Contacts?youthId={noorId}")).StatusCode);
        var lead = await Browser.LoginAsync(factory, DemoSeed.Email.TeamLead);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/Contacts?youthId={noorId}")).StatusCode);
    }

    [Fact]
    public async Task A_double_submit_stores_one_entry()
    {
        var noorId = await new YouthBuilder(factory).Named("Noor").WithCarer("Mark Peters", out var markCarer).BuildAsync();
        var mark = markCarer.Id;
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var submission = Guid.NewGuid();
        for (var i = 0; i < 2; i++)
        {
            var response = await LogAsync(mentor, noorId, $"carer:{mark}", note: "Mark belde terug over de ouderavond.", submission: submission);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal($"/Contacts?youthId={noorId}&saved=true", response.Headers.Location?.OriginalString);
        }
        Assert.Equal(1, await factory.WithDbAsync(db => db.ContactLog.CountAsync(e => e.Id == submission)));
        var log = await mentor.PageTextAsync($"/Contacts?youthId={noorId}&saved=true");
        Assert.Contains("Het contact is vastgelegd.", log);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(log, "Mark belde terug over de ouderavond."));
        Assert.Contains("Vastgelegd door Eva de Boer", log);
        var entry = await factory.WithDbAsync(db => db.ContactLog.AsNoTracking().SingleAsync(e => e.Id == submission));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.YouthId == noorId && e.EventType == "ContactLog" && e.Action == AuditAction.Create && e.ObjectId == entry.Id.ToString())));
    }

    public static TheoryData<string, string, string, string, string> BadInput => new()
    {
        // with, channel, when (days ago, or text), note, message
        { "", "Phone", "0", "Gebeld over school.", "Kies met wie het contact was." },
        { "carer:00000000-0000-0000-0000-000000000001", "Phone", "0", "Gebeld over school.", "Kies iemand uit de lijst." },
        { "youth", "Fax", "0", "Gebeld over school.", "Kies hoe het contact was." },
        { "youth", "Phone", "-2", "Gebeld over school.", "Dit moment is nog niet geweest. Vul in wanneer het contact was." },
        { "youth", "Phone", "gisteren", "Gebeld over school.", "Vul een datum en tijd in, bijvoorbeeld 23-11-2026 09:30." },
        { "youth", "Phone", "", "Gebeld over school.", "Vul in wanneer het contact was." },
        { "youth", "Phone", "0", new string('x', 1001), "De notitie is te lang (maximaal 1000 tekens)." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_a_Dutch_message_and_keeps_what_was_typed(string with, string channel, string when, string note, string message)
    {
        var noorId = await new YouthBuilder(factory).Named("Noor").BuildAsync();
        var typedWhen = int.TryParse(when, out var days) ? DaysAgo(days) : when;
        var before = await factory.WithDbAsync(db => db.ContactLog.CountAsync());
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var response = await LogAsync(mentor, noorId, with, when: typedWhen, note: note, channel: channel);
        var page = await response.TextAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page);
        Assert.Contains("utrecht-form-field--invalid", page);
        Assert.DoesNotContain("The value", page);
        Assert.DoesNotContain("is not valid", page);
        Assert.Contains($">{note}</textarea>", page);
        if (typedWhen.Length > 0) Assert.Contains($"value=\"{typedWhen}\"", page);
        Assert.Equal(before, await factory.WithDbAsync(db => db.ContactLog.CountAsync()));
    }

    [Fact]
    public async Task Only_a_reached_contact_keeps_the_rhythm_and_attempts_are_shown()
    {
        var samId = await new YouthBuilder(factory).Named("Sam").Aged(9).InCareSince(factory.Clock.DutchToday().AddMonths(-2)).WithCarer("Linda Jansen", out var lindaCarer).BuildAsync();
        var linda = lindaCarer.Id;
        await ContactAgreementAsync(samId, linda, everyDays: 14);
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);

        // A reached call fifteen days ago is more than the fourteen agreed: overdue.
        Assert.Equal(HttpStatusCode.Redirect, (await LogAsync(mentor, samId, $"carer:{linda}", when: DaysAgo(15), note: "Linda vertelde dat Sam beter slaapt.")).StatusCode);
        Assert.Contains("data-state=\"Overdue\"", RowOf(await mentor.PageTextAsync("/Contacts/Rhythm"), linda));

        // A missed call today does not fix that; it shows as an attempt.
        Assert.Equal(HttpStatusCode.Redirect, (await LogAsync(mentor, samId, $"carer:{linda}", reached: false)).StatusCode);
        var rhythm = RowOf(await mentor.PageTextAsync("/Contacts/Rhythm"), linda);
        Assert.Contains("data-state=\"Overdue\"", rhythm);
        Assert.Contains("Contact te laat", rhythm);
        Assert.Contains($"daarna geprobeerd op {Labels(factory.Today())}", rhythm);
        var caseload = await mentor.PageTextAsync("/Caseload");
        Assert.Contains($"data-youth=\"{samId}\" data-state=\"Overdue\"", caseload);

        // Both show in the log, newest first.
        var log = await mentor.PageTextAsync($"/Contacts?youthId={samId}");
        var (missed, reached) = (log.IndexOf("data-reached=\"false\"", StringComparison.Ordinal), log.IndexOf("data-reached=\"true\"", StringComparison.Ordinal));
        Assert.True(missed >= 0 && reached > missed, "the missed call of today above the reached call of fifteen days ago");
        Assert.Contains("niet bereikt", log);

        // A reached call today puts the rhythm back on time.
        Assert.Equal(HttpStatusCode.Redirect, (await LogAsync(mentor, samId, $"carer:{linda}")).StatusCode);
        rhythm = RowOf(await mentor.PageTextAsync("/Contacts/Rhythm"), linda);
        Assert.Contains("data-state=\"OnTime\"", rhythm);
        Assert.Contains($"{Labels(factory.Today())}</td>", rhythm);
        Assert.DoesNotContain($"data-youth=\"{samId}\" data-state=", await mentor.PageTextAsync("/Caseload"));
    }

    [Fact]
    public async Task Trajectories_without_parent_contact_are_listed_until_a_carer_is_reached()
    {
        var (lotteId, petra, _) = await LotteAsync();
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor);
        var lead = await Browser.LoginAsync(factory, DemoSeed.Email.SouthTeamLead);
        Assert.Contains($"<li data-youth=\"{lotteId}\">", await mentor.PageTextAsync("/Contacts/Rhythm"));
        Assert.Contains($"data-testid=\"no-parent-contact\" data-youth=\"{lotteId}\"", await lead.PageTextAsync("/Team"));

        // An unanswered attempt, and a talk with Lotte herself, are not parent contact.
        await LogAsync(mentor, lotteId, $"carer:{petra}", reached: false, note: "Petra nam niet op; ingesproken.");
        await LogAsync(mentor, lotteId, "youth", note: "Lotte vertelde over haar pleeggezin.");
        var list = await mentor.PageTextAsync("/Contacts/Rhythm");
        Assert.Contains($"<li data-youth=\"{lotteId}\">", list);
        Assert.Contains("1 keer geprobeerd", list);

        await LogAsync(mentor, lotteId, $"carer:{petra}", note: "Petra belde terug: het gaat goed met Lotte.", channel: "HomeVisit");
        Assert.DoesNotContain($"<li data-youth=\"{lotteId}\">", await mentor.PageTextAsync("/Contacts/Rhythm"));
        var team = await lead.PageTextAsync("/Team");
        Assert.DoesNotContain($"data-testid=\"no-parent-contact\" data-youth=\"{lotteId}\"", team);
        // The team lead sees states and counts, never what was said.
        foreach (var note in new[] { "ingesproken", "pleeggezin", "het gaat goed met Lotte" }) Assert.DoesNotContain(note, team);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/Contacts?youthId={lotteId}")).StatusCode);
    }

    [Fact]
    public async Task Team_lead_sees_an_overdue_carer_as_a_count_and_a_state()
    {
        var (lotteId, _, erik) = await LotteAsync();
        await ContactAgreementAsync(lotteId, erik, everyDays: 7); // no reached contact with Erik since the start, three months ago
        var lead = await Browser.LoginAsync(factory, DemoSeed.Email.SouthTeamLead);
        var team = await lead.PageTextAsync("/Team");
        Assert.Matches("Contact met ouders: bij (1 ouder|[1-9][0-9]+ ouders|[2-9] ouders) te laat", team);
        Assert.True(team.Contains($"data-youth=\"{lotteId}\" data-state=\"Overdue\"") || team.Contains($"data-testid=\"no-parent-contact\" data-youth=\"{lotteId}\""));
        Assert.DoesNotContain("Erik Hendriks", team);
    }

    [Fact]
    public async Task A_16_plus_youth_who_shields_the_contact_log_keeps_every_note_from_that_parent()
    {
        var daan = await factory.DaanAsync();
        var (daanId, anja, kees) = (daan.YouthId, daan.Mother.Id, daan.Father.Id);
        await factory.WithDbAsync(async db =>
        {
            db.CategoryShields.Add(new CategoryShield { YouthId = daanId, CarerId = kees, ShieldedCategory = DataCategory.ContactLog, CreatedAt = factory.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });
        await ContactAgreementAsync(daanId, kees, everyDays: 14);
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        const string AboutAnja = "Anja maakt zich zorgen over de nieuwe vriendin van Daan.";
        const string AboutKees = "Kees belde over het weekendverlof.";
        await LogAsync(mentor, daanId, $"carer:{anja}", note: AboutAnja);
        await LogAsync(mentor, daanId, $"carer:{kees}", note: AboutKees);

        var father = await Browser.LoginAsync(factory, daan.Father.Email);
        var refused = await father.GetAsync($"/Contacts?youthId={daanId}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var keesUser = await factory.UserIdAsync(daan.Father.Email);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.YouthId == daanId && e.UserId == keesUser && e.EventType == "ContactLog" && e.Outcome == AuditOutcome.Denied)));

        // Nothing of a note on any page the father can open, and no way to the log.
        foreach (var url in new[] { "/", "/Family", $"/Youths/Details?id={daanId}", $"/Plan?youthId={daanId}", $"/Agreements?youthId={daanId}",
                     $"/Evaluations?youthId={daanId}", $"/Intake?youthId={daanId}", $"/Contacts?youthId={daanId}", $"/Contacts/Rhythm", $"/Contacts/New?youthId={daanId}" })
        {
            var response = await father.GetAsync(url);
            var body = await response.TextAsync();
            Assert.DoesNotContain(AboutAnja, body);
            Assert.DoesNotContain(AboutKees, body);
            Assert.DoesNotContain("weekendverlof", body);
            Assert.DoesNotContain("/Contacts?youthId=", body);
        }

        // The mother, without a shield, reads the log with the note about herself; the note about Kees is his and the
        // team's (separated parents). The mentor reads both.
        var mother = await Browser.LoginAsync(factory, daan.Mother.Email);
        Assert.Contains($"href=\"/Contacts?youthId={daanId}\"", await mother.PageTextAsync($"/Youths/Details?id={daanId}"));
        var motherView = await mother.PageTextAsync($"/Contacts?youthId={daanId}");
        Assert.Contains(AboutAnja, motherView);
        Assert.DoesNotContain(AboutKees, motherView);
        Assert.DoesNotContain("Contact vastleggen", motherView);
        var mentorView = await mentor.PageTextAsync($"/Contacts?youthId={daanId}");
        Assert.Contains(AboutAnja, mentorView);
        Assert.Contains(AboutKees, mentorView);
    }

    static string Labels(DateOnly date) => date.ToString("d MMMM yyyy", new CultureInfo("nl-NL"));

    static string RowOf(string page, Guid carerId)
    {
        var start = page.IndexOf($"data-carer=\"{carerId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row for carer {carerId}");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}

public sealed class ContactLogTests_Sqlite(SqliteFactory f) : ContactLogTests(f), IClassFixture<SqliteFactory>;
public sealed class ContactLogTests_Postgres(PostgresFactory f) : ContactLogTests(f), IClassFixture<PostgresFactory>;
