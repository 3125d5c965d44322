using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.EvaluationsAndAgreements;

/// <summary>Agreements and evaluations belong to the trajectory, not to the mentor: a new mentor finds them all.</summary>
public abstract class MentorChangeTests(SamenspelFactory factory)
{
    [Fact]
    public async Task New_mentor_sees_the_same_agreements_and_evaluations()
    {
        var lotteId = await factory.YouthAsync("Lotte");
        var petra = (await factory.CarerAsync("Petra Hendriks")).ToString();
        var goals = await factory.PlanAsync(lotteId, 2, 1);
        var ruben = await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor);

        Assert.Equal(HttpStatusCode.Redirect, (await ruben.PostFormAsync($"/Agreements/Edit?youthId={lotteId}&kind=Working", new()
        {
            ["Input.Topic"] = "Vervoer", ["Input.Text"] = "Petra brengt Lotte op maandag naar de sport.", ["Input.Owner"] = "Carer", ["Input.CarerId"] = petra,
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ruben.PostFormAsync($"/Agreements/Edit?youthId={lotteId}&kind=Contact", new()
        {
            ["Input.Text"] = "De mentor belt Petra na elk weekend thuis.", ["Input.Owner"] = "Mentor", ["Input.CarerId"] = petra,
            ["Input.EveryDays"] = "7", ["Input.Channel"] = "Phone", ["Input.WhatIsShared"] = "Hoe het weekend ging",
        })).StatusCode);
        // Levels +1 and 0 with weights 2 and 1: T = 50 + 10·2 / √(0.7·5 + 0.3·9) = 58.03…
        Assert.Equal(HttpStatusCode.Redirect, (await ruben.EvaluateAsync(lotteId, TestData.Iso(factory.Today()), [(goals[0], "1"), (goals[1], "0")],
            wentWell: "Lotte gaat graag naar de sport.")).StatusCode);
        var rubensAgreements = await ruben.PageTextAsync($"/Agreements?youthId={lotteId}");
        Assert.Contains("Wie: mentor (Ruben Mulder)", rubensAgreements);

        var eva = await factory.WithDbAsync(db => db.Staff.Where(s => s.Name == "Eva de Boer").Select(s => s.Id).SingleAsync());
        var changed = await ruben.PostFormAsync($"/Register/ChangeMentor?youthId={lotteId}", new() { ["Input.MentorId"] = eva.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var newMentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var agreements = await newMentor.PageTextAsync($"/Agreements?youthId={lotteId}");
        Assert.Contains("Petra brengt Lotte op maandag naar de sport.", agreements);
        Assert.Contains("De mentor belt Petra na elk weekend thuis.", agreements);
        Assert.Contains("Hoe vaak: elke 7 dagen, via telefoon.", agreements);
        // The contact agreement is with the role: it now names the new mentor.
        Assert.Contains("Wie: mentor (Eva de Boer)", agreements);
        var lineage = await factory.WithDbAsync(db => db.Agreements.Where(a => a.YouthId == lotteId && a.Topic == "Vervoer").Select(a => a.LineageId).SingleAsync());
        Assert.Contains("Petra brengt Lotte", await newMentor.PageTextAsync($"/Agreements/History?youthId={lotteId}&lineageId={lineage}"));
        var evaluations = await newMentor.PageTextAsync($"/Evaluations?youthId={lotteId}");
        Assert.Contains("Lotte gaat graag naar de sport.", evaluations);
        Assert.Contains("T-score: 58,0", evaluations);
        Assert.Contains("Evaluatie vastleggen", evaluations);

        Assert.Equal(HttpStatusCode.NotFound, (await ruben.GetAsync($"/Agreements?youthId={lotteId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ruben.GetAsync($"/Evaluations?youthId={lotteId}")).StatusCode);
    }
}

public sealed class MentorChangeTests_Sqlite(SqliteFactory f) : MentorChangeTests(f), IClassFixture<SqliteFactory>;
public sealed class MentorChangeTests_Postgres(PostgresFactory f) : MentorChangeTests(f), IClassFixture<PostgresFactory>;
