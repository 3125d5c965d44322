using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;
using static Samenspel.Web.Tests.PlanPages.PlanPageSteps;

namespace Samenspel.Web.Tests.PlanPages;

/// <summary>The plan belongs to the trajectory and follows the youth's choices: it survives a mentor change, and a
/// youth of 16 or older can shield it from one parent.</summary>
public abstract partial class PlanTrajectoryTests(SamenspelFactory factory)
{
    [Fact]
    public async Task Plan_versions_and_answers_stay_with_the_trajectory_when_the_mentor_changes()
    {
        var noorId = await new TrajectoryBuilder(factory, "Noor").BuildAsync();
        var eva = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        await AddGoalAsync(eva, noorId, "Ik ga elke dag naar school");
        await AnswerAsync(await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother), noorId, true, "Goed plan.");
        await AnswerAsync(await Browser.LoginAsync(factory, DemoSeed.Email.NoorsFather), noorId, false, "Dit gaat te snel.");
        var goalId = Assert.Single(await GoalIdsAsync(factory, noorId));
        Assert.Equal(HttpStatusCode.Redirect, (await eva.PostFormAsync($"/Plan/Goal?youthId={noorId}&goalId={goalId}", GoalFields("Ik ga vier dagen per week naar school"))).StatusCode);
        Assert.Equal([1, 2], await VersionsAsync(factory, noorId));

        var joris = await factory.StaffIdAsync(DemoSeed.Email.ShadowMentor);
        var changed = await eva.PostFormAsync($"/Register/ChangeMentor?youthId={noorId}", new() { ["Input.MentorId"] = joris.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var newMentor = await Browser.LoginAsync(factory, DemoSeed.Email.ShadowMentor);
        var current = await PageAsync(newMentor, $"/Plan?youthId={noorId}");
        Assert.Contains("Versie 2", current);
        Assert.Contains("Ik ga vier dagen per week naar school", current);
        Assert.Contains("Doel toevoegen", current);
        var old = await PageAsync(newMentor, $"/Plan/Version?youthId={noorId}&version=1");
        Assert.Contains("Ik ga elke dag naar school", old);
        Assert.Contains($"Akkoord op {Today(factory)}", AgreementOf(old, "Ingrid Peters"));
        Assert.Contains("Toelichting: Goed plan.", AgreementOf(old, "Ingrid Peters"));
        Assert.Contains($"Niet akkoord op {Today(factory)}", AgreementOf(old, "Mark Peters"));
        Assert.Contains("Toelichting: Dit gaat te snel.", AgreementOf(old, "Mark Peters"));
    }

    [Fact]
    public async Task Daan_at_17_shields_his_plan_from_his_mother_who_is_then_refused_and_audited_while_his_father_still_reads_it()
    {
        var daanId = await new TrajectoryBuilder(factory, "Daan").BuildAsync();
        await AddGoalAsync(await Browser.LoginAsync(factory, DemoSeed.Email.Mentor), daanId, "Ik haal mijn rijbewijs");
        var mother = await Browser.LoginAsync(factory, DemoSeed.Email.DaansMother);
        Assert.Contains("Ik haal mijn rijbewijs", await PageAsync(mother, $"/Plan?youthId={daanId}"));
        Assert.Contains($"/Plan?youthId={daanId}", await PageAsync(mother, "/Family"));

        var (motherUserId, motherCarerId) = await factory.WithDbAsync(db => db.Carers
            .Where(c => db.Users.Any(u => u.Id == c.UserId && u.Email == DemoSeed.Email.DaansMother))
            .Select(c => new ValueTuple<Guid, Guid>(c.UserId!.Value, c.Id)).SingleAsync());
        var daan = await Browser.LoginAsync(factory, DemoSeed.Email.Daan);
        var form = await daan.GetPageAsync("/Me/Sharing");
        var keep = Checked().Matches(form).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains($"{motherCarerId}:Plan", keep);
        var fields = keep.Where(v => v != $"{motherCarerId}:Plan").Select(v => new KeyValuePair<string, string>("Shared", v))
            .Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value)));
        var saved = await daan.Client.PostAsync("/Me/Sharing", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        foreach (var page in new[] { "/Plan", "/Plan/Version", "/Agreements", "/Evaluations" })
        {
            var refused = await mother.GetAsync($"{page}?youthId={daanId}&version=1");
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{page}: {refused.StatusCode}");
            Assert.DoesNotContain("rijbewijs", await refused.Content.ReadAsStringAsync());
        }
        Assert.DoesNotContain($"/Plan?youthId={daanId}", await PageAsync(mother, "/Family"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.YouthId == daanId && e.UserId == motherUserId && e.EventType == "Plan" && e.Outcome == AuditOutcome.Denied)));

        // The choice was about his mother only.
        Assert.Contains("Ik haal mijn rijbewijs", await PageAsync(await Browser.LoginAsync(factory, DemoSeed.Email.DaansFather), $"/Plan?youthId={daanId}"));
    }

    [GeneratedRegex("name=\"Shared\" value=\"([^\"]+)\"\\s*checked")]
    private static partial Regex Checked();
}

public sealed class PlanTrajectoryTests_Sqlite(SqliteFactory f) : PlanTrajectoryTests(f), IClassFixture<SqliteFactory>;
public sealed class PlanTrajectoryTests_Postgres(PostgresFactory f) : PlanTrajectoryTests(f), IClassFixture<PostgresFactory>;
