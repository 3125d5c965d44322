using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.IntakeAndOnboarding;

/// <summary>The intake checklist through the pages: saving halfway, the co-parent warning, finishing, and who reads
/// it. Sending the start information is in the other half of this class (StartInformationTests.cs).</summary>
public abstract partial class IntakeAndStartTests(SamenspelFactory factory, SmtpServer smtp)
{
    static async Task<string> PageAsync(Browser browser, string url) => WebUtility.HtmlDecode(await browser.GetPageAsync(url));

    static async Task<HttpResponseMessage> SaveAsync(Browser browser, Guid youthId, string part, Dictionary<string, string> fields)
    {
        var response = await browser.PostFormAsync($"/Intake/Edit?youthId={youthId}&part={part}", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    [Fact]
    public async Task Intake_saved_halfway_is_resumed_with_everything_kept_and_once_finished_the_youth_and_both_parents_read_it()
    {
        var noorId = await factory.YouthAsync("Noor");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        await SaveAsync(mentor, noorId, "earlier", new()
        {
            ["Input.EarlierTried"] = "Twee jaar hulp van het wijkteam.", ["Input.EarlierWorked"] = "Een vaste dag voor huiswerk.", ["Input.EarlierDidNotWork"] = "",
        });
        await SaveAsync(mentor, noorId, "requests", new() { ["Input.YouthRequest"] = "Ik wil weer elke dag naar school.", ["Input.CarersRequest"] = "" });

        // Another day, another sign-in: everything typed is still there, and saving one part left the other alone.
        var resumed = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var earlier = await PageAsync(resumed, $"/Intake/Edit?youthId={noorId}&part=earlier");
        Assert.Contains("Twee jaar hulp van het wijkteam.", earlier);
        Assert.Contains("Een vaste dag voor huiswerk.", earlier);
        Assert.Contains("Ik wil weer elke dag naar school.", await PageAsync(resumed, $"/Intake/Edit?youthId={noorId}&part=requests"));
        var checklist = await PageAsync(resumed, $"/Intake?youthId={noorId}");
        Assert.Contains("Nog niet afgerond. 1 van de 6 delen zijn klaar.", checklist);
        Assert.Contains("Twee jaar hulp van het wijkteam.", checklist);

        var noor = await Browser.LoginAsync(factory, DemoSeed.Email.Noor);
        var early = await PageAsync(noor, $"/Intake?youthId={noorId}");
        Assert.Contains("De intake is nog niet afgerond", early);
        Assert.DoesNotContain("Twee jaar hulp", early);

        await SaveAsync(resumed, noorId, "requests", new() { ["Input.YouthRequest"] = "Ik wil weer elke dag naar school.", ["Input.CarersRequest"] = "Minder ruzie thuis over school." });
        await SaveAsync(resumed, noorId, "expectations", new()
        {
            ["Input.YouthExpectations"] = "Dat ze naar me luisteren.", ["Input.CarersExpectations"] = "Elke twee weken een update.", ["Input.TeamExpectations"] = "Ouders bellen bij ziekte.",
        });
        await SaveAsync(resumed, noorId, "conditions", new() { ["Input.GroundConditions"] = "Geen geweld.", ["Input.CanStayPast18"] = "True" });
        await SaveAsync(resumed, noorId, "treating", new() { ["Input.TreatingContactWith"] = "Dr. Bos, GGZ Centrum", ["Input.TreatingContactOn"] = "2026-12-03" });
        await SaveAsync(resumed, noorId, "team", new() { ["Input.TeamIntroduction"] = "Kennismaken met Joris en Fatima op de groep." });
        var done = await resumed.PostFormAsync($"/Intake?youthId={noorId}&handler=Complete", [], formPage: $"/Intake?youthId={noorId}");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.NotNull(await factory.WithDbAsync(db => db.Intakes.Where(i => i.YouthId == noorId).Select(i => i.CompletedAt).SingleAsync()));

        foreach (var reader in new[] { DemoSeed.Email.Noor, DemoSeed.Email.NoorsMother, DemoSeed.Email.NoorsFather })
        {
            var summary = await PageAsync(await Browser.LoginAsync(factory, reader), $"/Intake?youthId={noorId}");
            Assert.Contains("Twee jaar hulp van het wijkteam.", summary);
            Assert.Contains("Ik wil weer elke dag naar school.", summary);
            Assert.Contains("Minder ruzie thuis over school.", summary);
            Assert.Contains("Ja, dat kan.", summary);
            Assert.Contains("3 december 2026", summary);
            Assert.DoesNotContain("Invullen", summary);
        }
    }

    [Fact]
    public async Task Finishing_with_missing_parts_is_refused_with_the_parts_named_in_Dutch()
    {
        var daanId = await factory.YouthAsync("Daan");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        await SaveAsync(mentor, daanId, "earlier", new() { ["Input.EarlierTried"] = "Begeleid wonen.", ["Input.EarlierWorked"] = "", ["Input.EarlierDidNotWork"] = "" });
        await SaveAsync(mentor, daanId, "requests", new() { ["Input.YouthRequest"] = "Een baan vinden.", ["Input.CarersRequest"] = "Zelfstandig wonen." });
        var refused = await mentor.PostFormAsync($"/Intake?youthId={daanId}&handler=Complete", [], formPage: $"/Intake?youthId={daanId}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("De intake is nog niet af. Vul eerst deze delen in: Verwachtingen, Voorwaarden, Contact met behandelaars, Kennismaken met het team.",
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Null(await factory.WithDbAsync(db => db.Intakes.Where(i => i.YouthId == daanId).Select(i => i.CompletedAt).SingleAsync()));
    }

    [Fact]
    public async Task Mother_with_authority_who_is_not_invited_is_flagged_and_the_father_without_authority_cannot_read_the_intake()
    {
        var lotteId = await factory.YouthAsync("Lotte");
        var petraId = await factory.WithDbAsync(db => db.Carers.Where(c => c.Name == "Petra Hendriks").Select(c => c.Id).SingleAsync());
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor);
        var page = await PageAsync(mentor, $"/Intake?youthId={lotteId}");
        Assert.Contains("Petra Hendriks is nog niet uitgenodigd.", page);
        Assert.Contains($"/Register/Invite?youthId={lotteId}&carerId={petraId}", page);
        Assert.DoesNotContain("Erik Hendriks is nog niet uitgenodigd", page);

        var father = await Browser.LoginAsync(factory, DemoSeed.Email.LottesFather);
        Assert.Equal(HttpStatusCode.Forbidden, (await father.GetAsync($"/Intake?youthId={lotteId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await father.GetAsync($"/Intake/Edit?youthId={lotteId}&part=earlier")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother)).GetAsync($"/Intake?youthId={lotteId}")).StatusCode);
    }
}

public sealed class IntakeAndStartTests_Sqlite(SqliteWithSmtpFactory f) : IntakeAndStartTests(f, f.Smtp), IClassFixture<SqliteWithSmtpFactory>;
public sealed class IntakeAndStartTests_Postgres(PostgresWithSmtpFactory f) : IntakeAndStartTests(f, f.Smtp), IClassFixture<PostgresWithSmtpFactory>;
