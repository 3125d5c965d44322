using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Alliance;
using Samenspel.Web.Tests.EvaluationsAndAgreements;
using Samenspel.Web.Tests.Infrastructure;
using Samenspel.Web.Tests.PlanPages;
using QuestionnaireResponse = Hl7.Fhir.Model.QuestionnaireResponse;

namespace Samenspel.Web.Tests.Access;

/// <summary>
/// Separated parents, as the law reads: what one carer wrote, answered or said, and notes about contact with one
/// carer, are that carer's and the care team's; the other carer sees them only when the professional marks them as
/// shared. Each test builds its own Noor (14) with two parents with authority, each with a sign-in account: Ingrid,
/// and Mark, whose authority started a month ago.
/// </summary>
public abstract class SeparatedParentsTests(SamenspelFactory factory)
{
    DateOnly Today => factory.Clock.DutchToday();

    async Task<(Guid Noor, BuiltCarer Ingrid, BuiltCarer Mark)> FamilyAsync()
    {
        var noor = await new YouthBuilder(factory).Named("Noor").Aged(14).WithCarer("Ingrid Peters", out var ingrid)
            .WithCarer("Mark Peters", out var mark, authoritySince: Today.AddMonths(-1)).BuildAsync();
        return (noor, ingrid, mark);
    }

    static async Task<string> PageAsync(string email, SamenspelFactory factory, string url) =>
        await (await Browser.LoginAsync(factory, email)).PageTextAsync(url);

    Task AddContactAsync(Guid youthId, Guid carerId, string note, bool shared = false) => factory.WithDbAsync(async db =>
    {
        var trajectory = await db.Trajectories.Where(t => t.YouthId == youthId).OrderByDescending(t => t.StartDate).Select(t => t.Id).FirstAsync();
        var mentor = await db.Staff.Where(s => s.Email == DemoSeed.Email.Mentor).Select(s => s.Id).SingleAsync();
        var now = factory.Clock.GetUtcNow();
        db.ContactLog.Add(ContactLogEntry.Record(Guid.CreateVersion7(), youthId, trajectory, ContactParty.Carer, carerId, ContactChannel.Phone,
            ContactDirection.Outbound, true, ContactReason.Update, note, now.AddHours(-1), mentor, now, shared));
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Each_parent_reads_only_the_contact_notes_about_themself_until_the_mentor_shares_one()
    {
        var (noor, ingrid, mark) = await FamilyAsync();
        await AddContactAsync(noor, ingrid.Id, "Gesprek met moeder over de verhuizing (CL-M1)");
        await AddContactAsync(noor, mark.Id, "Gesprek met vader over het weekend (CL-V1)");
        var url = $"/Contacts?youthId={noor}";

        var mother = await PageAsync(ingrid.Email, factory, url);
        Assert.Contains("CL-M1", mother);
        Assert.DoesNotContain("CL-V1", mother);
        var father = await PageAsync(mark.Email, factory, url);
        Assert.Contains("CL-V1", father);
        Assert.DoesNotContain("CL-M1", father);
        var mentorPage = await PageAsync(DemoSeed.Email.Mentor, factory, url);
        Assert.Contains("CL-M1", mentorPage);
        Assert.Contains("CL-V1", mentorPage);
        Assert.Contains("Alleen voor Ingrid Peters en het team", mentorPage);

        // The mentor ticks "Ook zichtbaar voor de andere ouder of opvoeder" on the form: then the father reads it too.
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        Assert.Contains("Ook zichtbaar voor de andere ouder of opvoeder", await mentor.PageTextAsync($"/Contacts/New?youthId={noor}"));
        var saved = await mentor.PostFormAsync($"/Contacts/New?youthId={noor}", new()
        {
            ["Input.With"] = $"carer:{ingrid.Id}", ["Input.Reached"] = "True", ["Input.Channel"] = "Phone", ["Input.Direction"] = "Outbound",
            ["Input.Reason"] = "Update", ["Input.When"] = DutchCalendar.TimeAt(factory.Clock.GetUtcNow()).AddHours(-2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["Input.Note"] = "Afspraak over de vakantie, voor beide ouders (CL-M2)", ["Input.SharedWithCarers"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.ContactLog.AnyAsync(e => e.Note!.Contains("CL-M2") && e.SharedWithCarers)));
        var afterShare = await PageAsync(mark.Email, factory, url);
        Assert.Contains("CL-M2", afterShare);
        Assert.DoesNotContain("CL-M1", afterShare);
    }

    [Fact]
    public async Task Agreements_about_one_parent_and_their_contact_rhythm_are_theirs_unless_shared()
    {
        var (noor, ingrid, mark) = await FamilyAsync();
        var (trajectory, now) = (await factory.WithDbAsync(db => db.Trajectories.Where(t => t.YouthId == noor).OrderByDescending(t => t.StartDate).Select(t => t.Id).FirstAsync()), factory.Clock.GetUtcNow());
        var mothers = new Agreement
        {
            TrajectoryId = trajectory, YouthId = noor, Kind = AgreementKind.Working, Topic = "Huiswerk", Text = "Moeder helpt met huiswerk op dinsdag (AG-M1).",
            Owner = AgreementOwner.Carer, CarerId = ingrid.Id, CreatedAt = now,
        };
        var fathers = new Agreement
        {
            TrajectoryId = trajectory, YouthId = noor, Kind = AgreementKind.Contact, Topic = "Contact", Text = "Elke twee weken bellen met vader (AG-V1).",
            Owner = AgreementOwner.Mentor, CarerId = mark.Id, EveryDays = 14, Channel = ContactChannel.Phone, CreatedAt = now,
        };
        await factory.WithDbAsync(db => { db.Agreements.AddRange(mothers, fathers); return db.SaveChangesAsync(); });
        var url = $"/Agreements?youthId={noor}";

        var mother = await PageAsync(ingrid.Email, factory, url);
        Assert.Contains("AG-M1", mother);
        Assert.DoesNotContain("AG-V1", mother);
        var father = await PageAsync(mark.Email, factory, url);
        Assert.Contains("AG-V1", father);
        Assert.DoesNotContain("AG-M1", father);
        Assert.Contains("AG-M1", await PageAsync(DemoSeed.Email.Mentor, factory, url));

        // The other parent's version history answers 404, and the contact rhythm with the father is not on the mother's log.
        var motherBrowser = await Browser.LoginAsync(factory, ingrid.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await motherBrowser.GetAsync($"/Agreements/History?youthId={noor}&lineageId={fathers.LineageId}")).StatusCode);
        Assert.DoesNotContain($"data-carer=\"{mark.Id}\"", await motherBrowser.GetPageAsync($"/Contacts?youthId={noor}"));
        Assert.Contains($"data-carer=\"{mark.Id}\"", await (await Browser.LoginAsync(factory, mark.Email)).GetPageAsync($"/Contacts?youthId={noor}"));

        // The mentor marks the mother's agreement as shared on the agreement form: a new version the father reads.
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        Assert.Contains("Ook zichtbaar voor de andere ouder of opvoeder", await mentor.PageTextAsync($"/Agreements/Edit?youthId={noor}&id={mothers.Id}"));
        var saved = await mentor.PostFormAsync($"/Agreements/Edit?youthId={noor}&id={mothers.Id}", new()
        {
            ["Input.Text"] = "Moeder helpt met huiswerk op dinsdag en donderdag (AG-M2).", ["Input.Owner"] = "Carer", ["Input.CarerId"] = ingrid.Id.ToString(),
            ["Input.SharedWithCarers"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var afterShare = await PageAsync(mark.Email, factory, url);
        Assert.Contains("AG-M2", afterShare);
        // Only the shared version: the first one stays the mother's.
        var history = await PageAsync(mark.Email, factory, $"/Agreements/History?youthId={noor}&lineageId={mothers.LineageId}");
        Assert.Contains("AG-M2", history);
        Assert.DoesNotContain("AG-M1", history);
    }

    [Fact]
    public async Task The_other_parent_learns_the_youth_is_sick_but_not_the_note_the_reporter_wrote()
    {
        var (noor, ingrid, mark) = await FamilyAsync();
        var day = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var father = await Browser.LoginAsync(factory, mark.Email);
        var url = $"/Messages/Absence?youthId={noor}";
        var reported = await father.PostFormAsync(url, new()
        {
            ["Input.Kind"] = "Sick", ["Input.From"] = day, ["Input.Until"] = day, ["Input.Note"] = "Koorts na het weekend bij mij (AB-V1)",
            ["Input.SubmissionId"] = Guid.CreateVersion7().ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);

        Assert.Contains("AB-V1", await father.PageTextAsync(url));
        var mother = await PageAsync(ingrid.Email, factory, url);
        Assert.Contains("Mark Peters", mother);
        Assert.DoesNotContain("AB-V1", mother);
        Assert.Contains("AB-V1", await PageAsync(DemoSeed.Email.Mentor, factory, url));
    }

    [Fact]
    public async Task A_parents_comment_on_the_plan_is_theirs_while_whether_they_agreed_is_the_plans_standing()
    {
        var (noor, ingrid, mark) = await FamilyAsync();
        await PlanPageSteps.AddGoalAsync(await Browser.LoginAsync(factory, DemoSeed.Email.Mentor), noor, "Ik ga elke dag naar school");
        var father = await Browser.LoginAsync(factory, mark.Email);
        Assert.Equal(HttpStatusCode.Redirect, (await PlanPageSteps.AnswerAsync(father, noor, false, "Te weinig over huiswerk (PL-V1)")).StatusCode);
        var mother = await Browser.LoginAsync(factory, ingrid.Email);
        Assert.Equal(HttpStatusCode.Redirect, (await PlanPageSteps.AnswerAsync(mother, noor, true, "Goed plan (PL-M1)")).StatusCode);
        var url = $"/Plan?youthId={noor}";

        var motherPage = await mother.PageTextAsync(url);
        Assert.Contains("Niet akkoord op", PlanPageSteps.AgreementOf(motherPage, "Mark Peters"));
        Assert.DoesNotContain("PL-V1", motherPage);
        Assert.Contains("PL-M1", motherPage);
        var fatherPage = await father.PageTextAsync(url);
        Assert.Contains("Akkoord op", PlanPageSteps.AgreementOf(fatherPage, "Ingrid Peters"));
        Assert.DoesNotContain("PL-M1", fatherPage);
        Assert.Contains("PL-V1", fatherPage);
        var staff = await PageAsync(DemoSeed.Email.Mentor, factory, url);
        Assert.Contains("PL-M1", staff);
        Assert.Contains("PL-V1", staff);
    }

    [Fact]
    public async Task Each_parent_reads_their_own_alliance_answers_never_the_other_parents_on_the_page_or_through_FHIR()
    {
        var (noor, ingrid, mark) = await FamilyAsync();
        var measurement = await new MeasurementBuilder(factory, noor).PlannedOn(Today).AnsweredByYouth(MeasurementBuilder.Answers(4)).AnsweredByMentor(MeasurementBuilder.Answers(4)).BuildAsync();
        var linkIds = await factory.LinkIdsAsync(await factory.AllianceVersionAsync(), Respondent.Parent);
        var mothers = await factory.CompletedResponseAsync(measurement, Respondent.Parent, _ => 2, ingrid.Id, l => l == linkIds[0] ? "Opmerking van moeder (AL-M1)" : null);
        var fathers = await factory.CompletedResponseAsync(measurement, Respondent.Parent, _ => 5, mark.Id, l => l == linkIds[0] ? "Opmerking van vader (AL-V1)" : null);
        var url = $"/Alliance/Results?id={measurement}";

        var mother = await PageAsync(ingrid.Email, factory, url);
        Assert.Contains("AL-M1", mother);
        Assert.DoesNotContain("AL-V1", mother);
        Assert.DoesNotContain("Mark Peters", mother);
        var father = await PageAsync(mark.Email, factory, url);
        Assert.Contains("AL-V1", father);
        Assert.DoesNotContain("AL-M1", father);
        Assert.DoesNotContain("Ingrid Peters", father);
        var mentor = await PageAsync(DemoSeed.Email.Mentor, factory, url);
        Assert.Contains("AL-M1", mentor);
        Assert.Contains("AL-V1", mentor);

        foreach (var (email, own, others) in new[] { (ingrid.Email, mothers, fathers), (mark.Email, fathers, mothers) })
        {
            var client = await FhirClient.TokenClientAsync(factory, email);
            await FhirClient.GetAsync<QuestionnaireResponse>(client, $"/fhir/QuestionnaireResponse/{own:N}");
            var refused = await client.GetAsync($"/fhir/QuestionnaireResponse/{others:N}");
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.DoesNotContain("(AL-", await refused.Content.ReadAsStringAsync());
            var found = (await FhirClient.SearchAsync<QuestionnaireResponse>(client, $"/fhir/QuestionnaireResponse?subject=Patient/{noor:N}")).Select(r => r.Id).ToList();
            Assert.Contains(own.ToString(), found);
            Assert.DoesNotContain(others.ToString(), found);
        }
        var team = await FhirClient.TokenClientAsync(factory, DemoSeed.Email.Mentor);
        await FhirClient.GetAsync<QuestionnaireResponse>(team, $"/fhir/QuestionnaireResponse/{mothers:N}");
    }

    [Fact]
    public async Task Dated_authority_hides_the_youths_older_alliance_answers_on_the_results_page_as_through_FHIR()
    {
        var (noor, ingrid, mark) = await FamilyAsync();
        var measurement = await new MeasurementBuilder(factory, noor).PlannedOn(Today.AddDays(-60)).AnsweredByYouth(MeasurementBuilder.Answers(1)).AnsweredByMentor(MeasurementBuilder.Answers(5)).BuildAsync();
        // Sent two months ago, before Mark's authority began (a month ago).
        var old = factory.Clock.GetUtcNow().AddDays(-60);
        await factory.WithDbAsync(async db =>
        {
            foreach (var r in await db.Responses.Where(r => r.MeasurementId == measurement).ToListAsync()) r.SubmittedAt = old;
            return await db.SaveChangesAsync();
        });
        var youthResponse = await factory.WithDbAsync(db => db.Responses.Where(r => r.MeasurementId == measurement && r.Respondent == Respondent.Youth).Select(r => r.Id).SingleAsync());
        var url = $"/Alliance/Results?id={measurement}";

        var father = await PageAsync(mark.Email, factory, url);
        Assert.DoesNotContain("1 – helemaal niet mee eens", father);
        Assert.DoesNotContain("5 – helemaal mee eens", father);
        var mother = await PageAsync(ingrid.Email, factory, url);
        Assert.Contains("1 – helemaal niet mee eens", mother);
        Assert.Contains("5 – helemaal mee eens", mother);

        var fatherFhir = await FhirClient.TokenClientAsync(factory, mark.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await fatherFhir.GetAsync($"/fhir/QuestionnaireResponse/{youthResponse:N}")).StatusCode);
        await FhirClient.GetAsync<QuestionnaireResponse>(await FhirClient.TokenClientAsync(factory, ingrid.Email), $"/fhir/QuestionnaireResponse/{youthResponse:N}");
    }
}

public sealed class SeparatedParentsTests_Sqlite(SqliteFactory f) : SeparatedParentsTests(f), IClassFixture<SqliteFactory>;
public sealed class SeparatedParentsTests_Postgres(PostgresFactory f) : SeparatedParentsTests(f), IClassFixture<PostgresFactory>;
