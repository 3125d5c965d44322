using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.EvaluationsAndAgreements;

/// <summary>Working, everyday and contact agreements: versions, one contact agreement per carer, who may read them.</summary>
public abstract class AgreementPagesTests(SamenspelFactory factory)
{
    static Task<HttpResponseMessage> SaveAsync(Browser browser, Guid youthId, string query, Dictionary<string, string> fields) =>
        browser.PostFormAsync($"/Agreements/Edit?youthId={youthId}&{query}", fields);

    [Theory]
    [InlineData("kind=Working", "Huiswerk", "", "Mentor", "", "", "", "Schrijf de afspraak op.")]
    [InlineData("kind=Working", "Huiswerk", "Samen plannen", "Carer", "", "", "", "Kies welke ouder dit doet.")]
    [InlineData("kind=Contact", "", "We bellen even", "Mentor", "mother", "0", "Phone", "Kies een aantal dagen van 1 tot en met 90.")]
    [InlineData("kind=Contact", "", "We bellen even", "Mentor", "mother", "twee weken", "Phone", "Kies een aantal dagen van 1 tot en met 90.")]
    [InlineData("kind=Contact", "", "We bellen even", "Mentor", "mother", "14", "", "Kies hoe er contact is.")]
    [InlineData("kind=Contact", "", "We bellen even", "Mentor", "", "14", "Phone", "Kies met welke ouder deze afspraak is.")]
    public async Task Bad_agreement_input_gets_a_Dutch_message_and_keeps_what_was_typed(
        string query, string topic, string text, string owner, string carer, string everyDays, string channel, string message)
    {
        var noorId = await factory.YouthAsync("Noor");
        var carerId = carer.Length == 0 ? "" : (await factory.CarerAsync("Ingrid Peters")).ToString();
        var before = await factory.WithDbAsync(db => db.Agreements.CountAsync());
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var response = await SaveAsync(mentor, noorId, query, new()
        {
            ["Input.Topic"] = topic, ["Input.Text"] = text, ["Input.Owner"] = owner, ["Input.CarerId"] = carerId,
            ["Input.EveryDays"] = everyDays, ["Input.Channel"] = channel, ["Input.WhatIsShared"] = "Hoe het op school gaat",
        });
        var page = await response.TextAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page);
        Assert.Contains("utrecht-form-field--invalid", page);
        Assert.DoesNotContain("The value", page);
        if (topic.Length > 0) Assert.Contains($"value=\"{topic}\"", page);
        if (text.Length > 0) Assert.Contains($">{text}</textarea>", page);
        if (query.Contains("Contact"))
        {
            Assert.Contains($"value=\"{everyDays}\"", page);
            Assert.Contains(">Hoe het op school gaat</textarea>", page);
        }
        Assert.Equal(before, await factory.WithDbAsync(db => db.Agreements.CountAsync()));
    }

    [Fact]
    public async Task Contact_agreement_shows_how_often_how_and_what_is_shared_and_is_one_per_carer()
    {
        var noorId = await factory.YouthAsync("Noor");
        var father = (await factory.CarerAsync("Mark Peters")).ToString();
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        Dictionary<string, string> Fields(string text) => new()
        {
            ["Input.Text"] = text, ["Input.Owner"] = "Mentor", ["Input.CarerId"] = father,
            ["Input.EveryDays"] = "14", ["Input.Channel"] = "Phone", ["Input.WhatIsShared"] = "Hoe het op school gaat en een update per maand",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(mentor, noorId, "kind=Contact", Fields("Eva belt Mark op dinsdag."))).StatusCode);

        var again = await SaveAsync(mentor, noorId, "kind=Contact", Fields("Nog een afspraak met Mark."));
        Assert.Contains("Er is al een contactafspraak met deze ouder. Wijzig die.", await again.TextAsync());
        Assert.Contains("Nog een afspraak met Mark.", await again.TextAsync());

        var index = await mentor.PageTextAsync($"/Agreements?youthId={noorId}");
        Assert.Contains("Contact met Mark Peters", index);
        Assert.Contains("Hoe vaak: elke 14 dagen, via telefoon.", index);
        Assert.Contains("Wat we delen: Hoe het op school gaat en een update per maand", index);
        Assert.Contains("Wie: mentor (Eva de Boer)", index);

        // Parents with authority read the agreements but cannot change them. The contact agreement with Mark is his and
        // the team's (separated parents): Mark reads it, the mother does not.
        var fatherView = await (await Browser.LoginAsync(factory, DemoSeed.Email.NoorsFather)).PageTextAsync($"/Agreements?youthId={noorId}");
        Assert.Contains("Eva belt Mark op dinsdag.", fatherView);
        Assert.DoesNotContain("Wijzigen", fatherView);
        var mother = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother);
        var motherView = await mother.PageTextAsync($"/Agreements?youthId={noorId}");
        Assert.DoesNotContain("Eva belt Mark op dinsdag.", motherView);
        Assert.DoesNotContain("Wijzigen", motherView);
        Assert.Equal(HttpStatusCode.Forbidden, (await mother.GetAsync($"/Agreements/Edit?youthId={noorId}&kind=Working")).StatusCode);
    }

    [Fact]
    public async Task Changing_an_agreement_makes_a_new_version_and_keeps_the_old_one()
    {
        var daanId = await factory.YouthAsync("Daan");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var created = await SaveAsync(mentor, daanId, "kind=Working", new()
        {
            ["Input.Topic"] = "Huiswerk", ["Input.Text"] = "Daan maakt elke dag een uur huiswerk.", ["Input.Owner"] = "Youth",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var first = await factory.WithDbAsync(db => db.Agreements.SingleAsync(a => a.YouthId == daanId && a.Topic == "Huiswerk"));

        var form = await mentor.PageTextAsync($"/Agreements/Edit?youthId={daanId}&id={first.Id}");
        Assert.Contains(">Daan maakt elke dag een uur huiswerk.</textarea>", form);
        Assert.Contains("Dit wordt versie 2.", form);
        var changed = await SaveAsync(mentor, daanId, $"id={first.Id}", new()
        {
            ["Input.Text"] = "Daan maakt vier dagen per week huiswerk.", ["Input.Owner"] = "Youth",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var versions = await factory.WithDbAsync(db => db.Agreements.Where(a => a.LineageId == first.LineageId).OrderBy(a => a.Version).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.False(versions[0].IsCurrent);
        Assert.Equal("Daan maakt elke dag een uur huiswerk.", versions[0].Text);
        Assert.Equal("Huiswerk", versions[1].Topic);

        var index = await mentor.PageTextAsync($"/Agreements?youthId={daanId}");
        Assert.Contains("Daan maakt vier dagen per week huiswerk.", index);
        Assert.DoesNotContain("Daan maakt elke dag een uur huiswerk.", index);
        Assert.Contains("versie 2 van 22 november 2026", index);

        var history = await mentor.PageTextAsync($"/Agreements/History?youthId={daanId}&lineageId={first.LineageId}");
        var (old, now) = (history.IndexOf("Daan maakt elke dag een uur huiswerk."), history.IndexOf("Daan maakt vier dagen per week huiswerk."));
        Assert.True(old >= 0 && now > old, "both versions, the oldest first");
        Assert.Contains("vervangen op 22 november 2026", history);
        Assert.Contains("door Eva de Boer", history);

        // Opening the old version leads to the current one.
        var stale = await mentor.GetAsync($"/Agreements/Edit?youthId={daanId}&id={first.Id}");
        Assert.Equal($"/Agreements/Edit?youthId={daanId}&id={versions[1].Id}", stale.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Everyday_agreements_in_residential_care_offer_the_usual_topics()
    {
        var (daanId, samId) = (await factory.YouthAsync("Daan"), await factory.YouthAsync("Sam"));
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var form = await mentor.PageTextAsync($"/Agreements/Edit?youthId={daanId}&kind=Everyday");
        foreach (var topic in Agreement.EverydayTopics) Assert.Contains($"<option value=\"{topic}\">{topic}</option>", form);
        Assert.DoesNotContain("<option value=\"Bedtijden\">", await mentor.PageTextAsync($"/Agreements/Edit?youthId={samId}&kind=Everyday"));

        var anja = (await factory.CarerAsync("Anja de Groot")).ToString();
        var saved = await SaveAsync(mentor, daanId, "kind=Everyday", new()
        {
            ["Input.Topic"] = "Zakgeld", ["Input.OtherTopic"] = "", ["Input.Text"] = "Daan krijgt elke vrijdag 10 euro.", ["Input.Owner"] = "Carer", ["Input.CarerId"] = anja,
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var index = await mentor.PageTextAsync($"/Agreements?youthId={daanId}");
        var everyday = index[index.IndexOf("data-testid=\"kind-Everyday\"", StringComparison.Ordinal)..];
        Assert.Contains("Zakgeld", everyday);
        Assert.Contains("Wie: ouder (Anja de Groot)", everyday);
    }

    [Fact]
    public async Task Parent_without_authority_cannot_read_the_agreements_or_evaluations()
    {
        var lotteId = await factory.YouthAsync("Lotte");
        var lineage = await factory.WithDbAsync(async db =>
        {
            var trajectory = await db.Trajectories.Where(t => t.YouthId == lotteId).Select(t => t.Id).SingleAsync();
            var agreement = new Agreement
            {
                TrajectoryId = trajectory, YouthId = lotteId, Kind = AgreementKind.Everyday, Topic = "Bedtijden",
                Text = "Lotte gaat om half negen naar bed.", Owner = AgreementOwner.Carer, CreatedAt = factory.Clock.GetUtcNow(),
            };
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync();
            return agreement.LineageId;
        });
        var father = await Browser.LoginAsync(factory, DemoSeed.Email.LottesFather);
        foreach (var url in new[] { $"/Agreements?youthId={lotteId}", $"/Agreements/History?youthId={lotteId}&lineageId={lineage}", $"/Evaluations?youthId={lotteId}" })
        {
            var response = await father.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("half negen", await response.Content.ReadAsStringAsync());
        }
        // Another family's parent does not even learn that Lotte exists.
        var other = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Agreements?youthId={lotteId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Evaluations?youthId={lotteId}")).StatusCode);
    }
}

public sealed class AgreementPagesTests_Sqlite(SqliteFactory f) : AgreementPagesTests(f), IClassFixture<SqliteFactory>;
public sealed class AgreementPagesTests_Postgres(PostgresFactory f) : AgreementPagesTests(f), IClassFixture<PostgresFactory>;
