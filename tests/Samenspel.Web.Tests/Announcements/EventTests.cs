using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Domain.Register;
using Samenspel.Web.Data;
using Samenspel.Web.Features.Events;
using Samenspel.Web.Tests.EvaluationsAndAgreements;
using Samenspel.Web.Tests.Infrastructure;
using Samenspel.Web.Tests.IntakeAndOnboarding;
using static Samenspel.Web.Tests.Announcements.AnnouncementTestData;

namespace Samenspel.Web.Tests.Announcements;

/// <summary>Events: invitations in the app and by mail, answers through the mail link and in the app, reminders from
/// the scheduler's job, the summary to every invitee, and bad input. The class shares one app, so each test uses
/// its own title and the reminder test its own team (Zuid).</summary>
public abstract class EventTests(SamenspelFactory factory, SmtpServer smtp)
{
    Task<HttpResponseMessage> PlanAsync(Browser staff, string scope, string audience, string title, string date, string from = "19:30",
        string until = "21:00", string place = "De Brug, Dorpsstraat 1, zaal 2", string practical = "Gratis parkeren achter het gebouw.\nBroertjes en zusjes zijn welkom.",
        string kind = "InformationEvening", string remind = "2", Guid? submission = null) =>
        staff.PostFormAsync("/Events/New", new()
        {
            ["Input.SubmissionId"] = (submission ?? Guid.NewGuid()).ToString(), ["Input.Scope"] = scope, ["Input.Audience"] = audience,
            ["Input.Kind"] = kind, ["Input.Title"] = title, ["Input.Date"] = date, ["Input.From"] = from, ["Input.Until"] = until,
            ["Input.Place"] = place, ["Input.Practical"] = practical, ["Input.RemindDaysBefore"] = remind,
        });

    static Task<HttpResponseMessage> AnswerAsync(Browser browser, string link, string answer) =>
        browser.PostFormAsync(link, new() { ["Token"] = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query)["token"]!, ["response"] = answer });

    async Task RunRemindersAsync()
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<EventDelivery>().RemindDueAsync(CancellationToken.None);
    }

    [Fact]
    public async Task An_events_summary_reaches_an_invitee_who_declined_and_those_who_did_not_answer()
    {
        var north = await factory.TeamAsync("Team Noord");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var response = await PlanAsync(mentor, north.ToString(), "Carers", "Informatieavond Noord", factory.InDays(1));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;

        var invitations = smtp.With("Informatieavond Noord");
        Assert.Equal(NorthCarers.Order(), invitations.Select(m => m.Address()).Order());
        var lindaMail = invitations.Single(m => m.Address() == NorthCarers[0]);
        Assert.Equal($"Uitnodiging van {OrganisationName}: Informatieavond Noord", lindaMail.Subject);
        Assert.Contains("Waar: De Brug, Dorpsstraat 1, zaal 2", lindaMail.TextBody);
        Assert.Contains("Broertjes en zusjes zijn welkom.", lindaMail.TextBody);
        Assert.Contains("van 19:30 tot 21:00", lindaMail.TextBody);
        Assert.Contains("Kunt u niet komen? Na afloop krijgt u een korte samenvatting.", lindaMail.TextBody);

        // Linda declines through the link in her mail, without signing in; Ingrid accepts in the app; Mark says maybe.
        var anonymous = Browser.Anonymous(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(anonymous, lindaMail.Link(), "No")).StatusCode);
        Assert.Contains("Uw antwoord: komt niet", await anonymous.PageTextAsync(lindaMail.Link()));
        var ingrid = await Browser.LoginAsync(factory, NorthCarers[1]);
        var home = await ingrid.PageTextAsync("/Family");
        var inApp = System.Text.RegularExpressions.Regex.Match(home, "href=\"(/Events/Respond\\?token=[^\"]+)\"[^>]*>Informatieavond Noord<").Groups[1].Value;
        Assert.NotEmpty(inApp);
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(ingrid, inApp, "Yes")).StatusCode);
        var mark = invitations.Single(m => m.Address() == NorthCarers[2]).Link();
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(anonymous, mark, "Maybe")).StatusCode);

        var details = await mentor.PageTextAsync(location);
        Assert.Contains("1 komen, 1 komen niet, 1 misschien, 2 nog geen antwoord.", details);
        Assert.Contains("data-invitee=\"Linda Jansen\" data-response=\"No\"", details);
        Assert.DoesNotContain("Samenvatting versturen", details); // not before the event

        // Afterwards the mentor writes the summary: every invitee gets it, Linda who declined included.
        factory.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(12));
        mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor); // the sign-in of yesterday has expired
        var id = location.Split("id=")[1].Split('&')[0];
        Assert.Contains("Samenvatting versturen", await mentor.PageTextAsync(location));
        var sent = await mentor.PostFormAsync($"/Events/Details?id={id}&handler=Summary",
            new() { ["Summary"] = "We vertelden over het programma. De eerste week is een kennismakingsweek.", ["SummarySubmissionId"] = Guid.NewGuid().ToString() }, location);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var summaries = smtp.With("Samenvatting: Informatieavond Noord");
        Assert.Equal(NorthCarers.Order(), summaries.Select(m => m.Address()).Order());
        var lindaSummary = summaries.Single(m => m.Address() == NorthCarers[0]);
        Assert.Contains("De eerste week is een kennismakingsweek.", lindaSummary.TextBody);
        Assert.Contains("U krijgt dit omdat u was uitgenodigd voor: Informatieavond Noord.", lindaSummary.TextBody);
        Assert.Contains("Samenvatting: Informatieavond Noord", await (await Browser.LoginAsync(factory, NorthCarers[0])).PageTextAsync("/Family"));
        // The summary is one announcement with its read overview; a second submit stores no second one.
        var again = await mentor.PostFormAsync($"/Events/Details?id={id}&handler=Summary",
            new() { ["Summary"] = "Nog een keer.", ["SummarySubmissionId"] = Guid.NewGuid().ToString() }, "/Events/New");
        Assert.Equal(sent.Headers.Location!.OriginalString.Replace("&saved=true", ""), again.Headers.Location!.OriginalString);
        Assert.Equal(NorthCarers.Length, smtp.With("Samenvatting: Informatieavond Noord").Count);
    }

    [Fact]
    public async Task Reminders_go_once_to_everyone_who_did_not_decline_including_a_family_that_joined_late()
    {
        var south = await factory.TeamAsync("Team Zuid");
        var lead = await Browser.LoginAsync(factory, DemoSeed.Email.SouthTeamLead);
        var response = await PlanAsync(lead, south.ToString(), "Carers", "Ouderbijeenkomst Zuid", factory.InDays(3), kind: "ParentMeeting");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var invitations = smtp.With("Ouderbijeenkomst Zuid");
        Assert.Equal(["petra.hendriks@example.nl", DemoSeed.Email.LottesFather], invitations.Select(m => m.Address()).Order());
        var erik = invitations.Single(m => m.Address() == DemoSeed.Email.LottesFather).Link();
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(Browser.Anonymous(factory), erik, "No")).StatusCode);

        // A new foster family for Lotte joins after the invitations went out.
        await factory.WithDbAsync(async db =>
        {
            var lotte = await db.Youths.Where(y => y.GivenName == "Lotte").Select(y => y.Id).SingleAsync();
            var carer = new Carer { OrganisationId = await db.Organisations.Select(o => o.Id).SingleAsync(), Name = "Sanne Pleeg", Email = "pleeg@example.nl" };
            db.Carers.Add(carer);
            db.CarerLinks.Add(new CarerLink { YouthId = lotte, CarerId = carer.Id, Position = CarerPosition.FosterParent });
            return await db.SaveChangesAsync();
        });

        await RunRemindersAsync();
        Assert.Empty(smtp.With("Herinnering: Ouderbijeenkomst Zuid"));
        factory.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(12));
        await RunRemindersAsync();
        await RunRemindersAsync();
        Assert.Equal(["petra.hendriks@example.nl", "pleeg@example.nl"], smtp.With("Herinnering: Ouderbijeenkomst Zuid").Select(m => m.Address()).Order());
        Assert.Single(smtp.With("Uitnodiging van Jeugdhulp De Brug (demo): Ouderbijeenkomst Zuid"), m => m.Address() == "pleeg@example.nl");
    }

    public static TheoryData<string, string, string, string, string, string> BadInput => new()
    {
        // title, date (days from today), from, until, place, message
        { "Thema-avond", "-1", "19:30", "21:00", "De Brug", "Dit moment is al geweest. Kies een datum en tijd in de toekomst." },
        { "Thema-avond", "2", "21:00", "19:30", "De Brug", "De eindtijd moet na de begintijd liggen." },
        { "Thema-avond", "2", "19:30", "21:00", "", "Vul in waar het is." },
        { "", "2", "19:30", "21:00", "De Brug", "Vul een titel in." },
        { "Thema-avond", "2", "half acht", "21:00", "De Brug", "Vul een tijd in, bijvoorbeeld 19:30." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_a_Dutch_message_and_keeps_what_was_typed(string title, string days, string from, string until, string place, string message)
    {
        var north = await factory.TeamAsync("Team Noord");
        var date = factory.InDays(int.Parse(days));
        var before = await factory.WithDbAsync(db => db.Events.CountAsync());
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var response = await PlanAsync(mentor, north.ToString(), "Carers", title, date, from, until, place, practical: "Parkeren bij de kerk.");
        var page = await response.TextAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page);
        Assert.Contains("utrecht-form-field--invalid", page);
        Assert.Contains(">Parkeren bij de kerk.</textarea>", page);
        Assert.Contains($"value=\"{date}\"", page);
        Assert.Contains($"value=\"{from}\"", page);
        Assert.Contains($"value=\"{until}\"", page);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Events.CountAsync()));
    }

    [Fact]
    public async Task An_empty_summary_is_refused_and_a_foreign_link_opens_nothing()
    {
        var north = await factory.TeamAsync("Team Noord");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var location = (await PlanAsync(mentor, north.ToString(), "Staff", "Teamoverleg met koffie", factory.InDays(1), kind: "ThemeEvening")).Headers.Location!.OriginalString;
        var id = location.Split("id=")[1].Split('&')[0];
        var early = await (await mentor.PostFormAsync($"/Events/Details?id={id}&handler=Summary", new() { ["Summary"] = "Te vroeg." }, location)).TextAsync();
        Assert.Contains("De samenvatting kan pas als de bijeenkomst begonnen is.", early);
        Assert.Contains(">Te vroeg.</textarea>", early);

        factory.Clock.Advance(TimeSpan.FromDays(2));
        mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var empty = await (await mentor.PostFormAsync($"/Events/Details?id={id}&handler=Summary", new() { ["Summary"] = "  " }, location)).TextAsync();
        Assert.Contains("Schrijf de samenvatting.", empty);
        Assert.False(await factory.WithDbAsync(db => db.Announcements.AnyAsync(a => a.EventId == Guid.Parse(id))));

        Assert.Equal(HttpStatusCode.NotFound, (await Browser.Anonymous(factory).GetAsync("/Events/Respond?token=bogus")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.Anonymous(factory).GetAsync("/Announcements/Read?token=bogus")).StatusCode);
    }
}

public sealed class EventTests_Sqlite(SqliteWithSmtpFactory f) : EventTests(f, f.Smtp), IClassFixture<SqliteWithSmtpFactory>;
public sealed class EventTests_Postgres(PostgresWithSmtpFactory f) : EventTests(f, f.Smtp), IClassFixture<PostgresWithSmtpFactory>;
