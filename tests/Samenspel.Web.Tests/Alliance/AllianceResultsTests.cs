using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samenspel.Domain.Access;
using Samenspel.Domain.Register;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Fhir;
using Samenspel.Web.Tests.EvaluationsAndAgreements;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Alliance;

/// <summary>The results page of a measurement, on SQLite and PostgreSQL: side by side in the conversation order,
/// scale means with missing answers left out, the trend, the parents' answers, the audit, who may see it, and
/// sharing with a behavioural scientist for supervision. Each test builds its own youth (<see cref="Families"/>,
/// <see cref="YouthBuilder"/>) and measurements (<see cref="MeasurementBuilder"/>).</summary>
public abstract partial class AllianceResultsTests(SamenspelFactory factory)
{
    [Fact]
    public async Task Results_show_both_answers_largest_difference_first_then_low_then_neutral_with_scale_means_and_trend()
    {
        var family = await factory.NoorAsync();
        var (noor, ingrid) = (family.YouthId, family.Mother.Id);
        var youth = MeasurementBuilder.Answers(4, ("band-veilig", 1), ("doel-zelfde", 2), ("aanpak-past", 3), ("aanpak-helpt", 2), ("doel-eigen", null));
        var mentorAnswers = MeasurementBuilder.Answers(4, ("band-veilig", 5), ("doel-zelfde", 4), ("aanpak-past", 3), ("aanpak-helpt", 2), ("band-praten", 5));
        var first = await new MeasurementBuilder(factory, noor).PlannedOn(new(2026, 6, 1))
            .AnsweredByYouth(youth, new() { ["band-veilig"] = "Soms voel ik me niet gehoord." }).AnsweredByMentor(mentorAnswers)
            .AnsweredByParent(ingrid, new() { ["ouder-band-luisteren"] = 2, ["ouder-doel-weten"] = 5 }).BuildAsync();
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);

        var page = await mentor.PageTextAsync($"/Alliance/Results?id={first}");

        var order = LinkIds(Section(page, "statements"));
        Assert.Equal(20, order.Count);
        Assert.Equal(["band-veilig", "doel-zelfde", "band-praten", "aanpak-helpt", "aanpak-past", "band-luisteren"], order.Take(6));
        var veilig = Item(page, "band-veilig");
        Assert.Contains("Ik voel me veilig bij mijn mentor.", veilig);
        Assert.Contains("1 – helemaal niet mee eens", veilig);
        Assert.Contains("5 – helemaal mee eens", veilig);
        Assert.Contains("+4", veilig);
        Assert.Contains("Groot verschil: jongere lager", veilig);
        Assert.Contains("Opmerking jongere: Soms voel ik me niet gehoord.", veilig);
        Assert.Contains("niet ingevuld", Item(page, "doel-eigen"));

        // Band: youth (1 + 5×4 + 4) / 7, mentor (5 + 5×4 + 5) / 7; doel: the open statement is left out (6 of 7).
        var scales = Section(page, "scales");
        Assert.Matches(@"Band</th>\s*<td[^>]*>3,57</td>\s*<td[^>]*>4,29</td>\s*<td[^>]*>\+0,71</td>", scales);
        Assert.Matches(@"Doelen</th>\s*<td[^>]*>3,67 \(6 van 7 zinnen\)</td>\s*<td[^>]*>4</td>", scales);
        Assert.Matches(@"Aanpak</th>\s*<td[^>]*>3,5</td>\s*<td[^>]*>3,5</td>\s*<td[^>]*>0</td>", scales);

        // The parent's own, shorter list.
        var parent = Section(page, "parent");
        Assert.Contains("De mentor luistert naar mij.", parent);
        Assert.Contains("2 – niet mee eens", parent);

        // The read is audited under the youth, as alliance answers.
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.YouthId == noor && e.EventType == nameof(DataCategory.AllianceAnswers)
            && e.Action == AuditAction.Read && e.Outcome == AuditOutcome.Success)));

        // A later measurement shows the trend over both, as charts and as numbers.
        var second = await new MeasurementBuilder(factory, noor).PlannedOn(new(2026, 9, 1)).AnsweredByYouth(MeasurementBuilder.Answers(5)).AnsweredByMentor(MeasurementBuilder.Answers(5)).BuildAsync();
        var later = await mentor.PageTextAsync($"/Alliance/Results?id={second}");
        Assert.Equal(3, Regex.Matches(later, "<svg [^>]*role=\"img\"").Count);
        Assert.Contains("<title id=\"trend-0-title\">Band: gemiddelde per meting</title>", later);
        var trend = Section(later, "trend");
        Assert.Matches(@"1 juni 2026</th>\s*<td[^>]*>3,57</td>\s*<td[^>]*>4,29</td>", trend);
        Assert.Matches(@"1 september 2026</th>\s*<td[^>]*>5</td>\s*<td[^>]*>5</td>", trend);
        // The earlier page does not look ahead.
        Assert.DoesNotContain("1 september 2026", Section(await mentor.PageTextAsync($"/Alliance/Results?id={first}"), "trend"));
    }

    [Fact]
    public async Task A_youth_of_16_who_shields_alliance_answers_keeps_them_from_that_parent_and_staff_off_the_care_team_see_nothing()
    {
        var family = await factory.DaanAsync();
        var (daan, kees) = (family.YouthId, family.Father.Id);
        var measurement = await new MeasurementBuilder(factory, daan).PlannedOn(new(2026, 7, 1)).AnsweredByYouth(MeasurementBuilder.Answers(2)).AnsweredByMentor(MeasurementBuilder.Answers(4)).BuildAsync();
        await factory.WithDbAsync(db =>
        {
            db.CategoryShields.Add(new CategoryShield { YouthId = daan, CarerId = kees, ShieldedCategory = DataCategory.AllianceAnswers, CreatedAt = factory.Clock.GetUtcNow() });
            return db.SaveChangesAsync();
        });

        var father = await Browser.LoginAsync(factory, family.Father.Email);
        var refused = await father.GetAsync($"/Alliance/Results?id={measurement}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("helemaal", await refused.Content.ReadAsStringAsync());
        var mother = await Browser.LoginAsync(factory, family.Mother.Email);
        Assert.Contains("2 – niet mee eens", await mother.PageTextAsync($"/Alliance/Results?id={measurement}"));
        var self = await Browser.LoginAsync(factory, family.YouthEmail);
        Assert.Contains("4 – mee eens", await self.PageTextAsync($"/Alliance/Results?id={measurement}"));

        Assert.Equal(HttpStatusCode.Forbidden, (await (await Browser.LoginAsync(factory, DemoSeed.Email.TeamLead)).GetAsync($"/Alliance/Results?id={measurement}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor)).GetAsync($"/Alliance/Results?id={measurement}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await self.GetAsync($"/Alliance/Results?id={Guid.NewGuid()}")).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.YouthId == daan && e.EventType == nameof(DataCategory.AllianceAnswers)
            && e.Outcome == AuditOutcome.Denied && e.Role == "ParentWithAuthority")));
    }

    [Fact]
    public async Task The_behavioural_scientist_sees_a_measurement_only_once_the_mentor_shares_it_and_only_that_one()
    {
        var sam = await new YouthBuilder(factory).Named("Sam").Aged(9).WithTeamMember(DemoSeed.Email.Counsellor, StaffRole.Counsellor)
            .WithTeamMember(DemoSeed.Email.Scientist, StaffRole.BehaviouralScientist).BuildAsync();
        var shared = await new MeasurementBuilder(factory, sam).PlannedOn(new(2026, 3, 1)).AnsweredByYouth(MeasurementBuilder.Answers(3)).AnsweredByMentor(MeasurementBuilder.Answers(5)).BuildAsync();
        var notShared = await new MeasurementBuilder(factory, sam).PlannedOn(new(2026, 2, 1)).AnsweredByYouth(MeasurementBuilder.Answers(1)).AnsweredByMentor(MeasurementBuilder.Answers(2)).BuildAsync();
        var scientist = await Browser.LoginAsync(factory, DemoSeed.Email.Scientist);
        Assert.Equal(HttpStatusCode.Forbidden, (await scientist.GetAsync($"/Alliance/Results?id={shared}")).StatusCode);

        // Only the mentor (or shadow mentor) shares; the counsellor and the youth's parent cannot.
        var scientistId = await factory.StaffIdAsync(DemoSeed.Email.Scientist);
        var counsellor = await Browser.LoginAsync(factory, DemoSeed.Email.Counsellor);
        var counsellorPage = await counsellor.PageTextAsync($"/Alliance/Results?id={shared}");
        Assert.DoesNotContain("Bespreken in intervisie", counsellorPage);
        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.PostFormAsync($"/Alliance/Results?id={shared}&handler=Share",
            new() { ["ScientistId"] = scientistId.ToString() }, formPage: $"/Alliance/Conversation?id={shared}")).StatusCode);

        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var wrong = await mentor.PostFormAsync($"/Alliance/Results?id={shared}&handler=Share", new() { ["ScientistId"] = Guid.NewGuid().ToString() }, Page(shared));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Kies een gedragswetenschapper uit de lijst.", await wrong.TextAsync());
        for (var i = 0; i < 2; i++)
        {
            var done = await mentor.PostFormAsync($"/Alliance/Results?id={shared}&handler=Share", new() { ["ScientistId"] = scientistId.ToString() }, Page(shared));
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        }
        Assert.Equal(1, await factory.WithDbAsync(db => db.SupervisionShares.CountAsync(s => s.MeasurementId == shared)));
        Assert.Contains("Gedeeld met Marieke Visser", await mentor.PageTextAsync($"/Alliance/Results?id={shared}"));

        var seen = await scientist.PageTextAsync($"/Alliance/Results?id={shared}");
        Assert.Contains("3 – neutraal", seen);
        Assert.DoesNotContain("Bespreken in intervisie", seen);
        // The other (earlier) measurement stays closed, also as a point on the trend; the mentor sees both.
        Assert.Equal(HttpStatusCode.Forbidden, (await scientist.GetAsync($"/Alliance/Results?id={notShared}")).StatusCode);
        Assert.DoesNotContain("1 februari 2026", Section(seen, "trend"));
        Assert.Contains("1 februari 2026", Section(await mentor.PageTextAsync($"/Alliance/Results?id={shared}"), "trend"));
    }

    [Fact]
    public async Task A_scientist_off_the_care_team_reaches_the_youth_only_through_a_share()
    {
        var lotte = await new YouthBuilder(factory).Named("Lotte").Aged(13).WithMentor(DemoSeed.Email.SouthMentor).BuildAsync();
        var measurement = await new MeasurementBuilder(factory, lotte).PlannedOn(new(2026, 4, 1)).AnsweredByYouth(MeasurementBuilder.Answers(4)).AnsweredByMentor(MeasurementBuilder.Answers(4)).BuildAsync();
        var scientist = await Browser.LoginAsync(factory, DemoSeed.Email.Scientist);
        Assert.Equal(HttpStatusCode.NotFound, (await scientist.GetAsync($"/Alliance/Results?id={measurement}")).StatusCode);

        var scientistId = await factory.StaffIdAsync(DemoSeed.Email.Scientist);
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor);
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.PostFormAsync($"/Alliance/Results?id={measurement}&handler=Share", new() { ["ScientistId"] = scientistId.ToString() }, Page(measurement))).StatusCode);

        Assert.Contains("4 – mee eens", await scientist.PageTextAsync($"/Alliance/Results?id={measurement}"));
        // Nothing else of Lotte's file opens with it.
        Assert.NotEqual(HttpStatusCode.OK, (await scientist.GetAsync($"/Contacts?youthId={lotte}")).StatusCode);
    }

    [Fact]
    public async Task A_share_of_one_measurement_opens_no_other_response_in_the_overview_or_through_FHIR()
    {
        var lotte = await new YouthBuilder(factory).Named("Lotte").Aged(13).WithMentor(DemoSeed.Email.SouthMentor).BuildAsync();
        var shared = await new MeasurementBuilder(factory, lotte).PlannedOn(new(2026, 6, 1)).AnsweredByYouth(MeasurementBuilder.Answers(4)).AnsweredByMentor(MeasurementBuilder.Answers(4)).BuildAsync();
        var other = await new MeasurementBuilder(factory, lotte).PlannedOn(new(2026, 5, 1)).AnsweredByYouth(MeasurementBuilder.Answers(2)).AnsweredByMentor(MeasurementBuilder.Answers(3)).BuildAsync();
        var scientistId = await factory.StaffIdAsync(DemoSeed.Email.Scientist);
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor);
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.PostFormAsync($"/Alliance/Results?id={shared}&handler=Share", new() { ["ScientistId"] = scientistId.ToString() }, Page(shared))).StatusCode);
        var responses = await factory.WithDbAsync(db => db.Responses.Where(r => r.MeasurementId == shared || r.MeasurementId == other)
            .Select(r => new { r.Id, r.MeasurementId }).ToListAsync());
        var sharedIds = responses.Where(r => r.MeasurementId == shared).Select(r => FhirIds.Format(r.Id)).Order().ToList();
        Assert.Equal(2, sharedIds.Count);

        var fhir = await FhirClient.TokenClientAsync(factory, DemoSeed.Email.Scientist);
        var found = await FhirClient.SearchAsync<Hl7.Fhir.Model.QuestionnaireResponse>(fhir, $"/fhir/QuestionnaireResponse?subject=Patient/{lotte}");
        var ours = found.Select(r => r.Id!).Where(id => responses.Any(x => FhirIds.Format(x.Id) == id)).Order().ToList();
        Assert.Equal(sharedIds, ours);
        foreach (var response in responses.Where(r => r.MeasurementId == other))
            Assert.Equal(HttpStatusCode.NotFound, (await fhir.GetAsync($"/fhir/QuestionnaireResponse/{response.Id}")).StatusCode);
        await FhirClient.GetAsync<Hl7.Fhir.Model.QuestionnaireResponse>(fhir, $"/fhir/QuestionnaireResponse/{sharedIds[0]}");
        // The mentor still reads both through FHIR.
        var mentorFhir = await FhirClient.TokenClientAsync(factory, DemoSeed.Email.SouthMentor);
        Assert.Equal(4, (await FhirClient.SearchAsync<Hl7.Fhir.Model.QuestionnaireResponse>(mentorFhir, $"/fhir/QuestionnaireResponse?subject=Patient/{lotte}"))
            .Count(r => responses.Any(x => FhirIds.Format(x.Id) == r.Id)));

        var scientist = await Browser.LoginAsync(factory, DemoSeed.Email.Scientist);
        var overview = await scientist.PageTextAsync($"/Alliance/Measurements?youthId={lotte}");
        Assert.Contains(shared.ToString(), overview);
        Assert.DoesNotContain(other.ToString(), overview);
        Assert.Contains(other.ToString(), await mentor.PageTextAsync($"/Alliance/Measurements?youthId={lotte}"));
    }

    static string Page(Guid measurement) => $"/Alliance/Results?id={measurement}";

    static string Section(string page, string testId)
    {
        var start = page.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {testId} on the page");
        var end = page.IndexOf("</table>", start, StringComparison.Ordinal) is var t and >= 0 ? t : page.Length;
        var list = page.IndexOf("</ol>", start, StringComparison.Ordinal);
        var ul = page.IndexOf("</ul>", start, StringComparison.Ordinal);
        return page[start..new[] { end, list < 0 ? int.MaxValue : list, ul < 0 ? int.MaxValue : ul }.Min()];
    }

    static string Item(string page, string linkId)
    {
        var start = page.IndexOf($"data-link-id=\"{linkId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no statement {linkId}");
        return page[start..page.IndexOf("</li>", start, StringComparison.Ordinal)];
    }

    static List<string> LinkIds(string section) => LinkId().Matches(section).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("data-link-id=\"([^\"]+)\"")]
    private static partial Regex LinkId();
}

public sealed class AllianceResultsTests_Sqlite(SqliteFactory f) : AllianceResultsTests(f), IClassFixture<SqliteFactory>;
public sealed class AllianceResultsTests_Postgres(PostgresFactory f) : AllianceResultsTests(f), IClassFixture<PostgresFactory>;
