using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Domain.Register;
using Samenspel.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Samenspel.Browser.Tests;

/// <summary>
/// Announcements and events in the browser. A team West with three families is added to the demo organisation. The
/// administrator writes an announcement to the carers of team West: it reaches all three, in the app and by one
/// mail each. One mother opens it from her home page, the other from the link in her mail without signing in; the
/// overview then lists the one father who has not read it. The administrator also plans an information evening;
/// a father answers through the link in his mail. axe-core checks the announcement and event pages, the
/// recipients' pages and a refused form on a phone and a laptop, and nothing scrolls sideways at 360 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AnnouncementsJourneyTests(Chromium chromium, ClockedAppServer app) : IClassFixture<ClockedAppServer>
{
    static readonly (string Name, string Email, string Child)[] Families =
    [
        ("Yasmina Amrani", "yasmina.west@example.nl", "Ilias"),
        ("Joke Vermeer", "joke.west@example.nl", "Bram"),
        ("Tom Smits", "tom.west@example.nl", "Fleur"),
    ];

    async Task AddTeamWestAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var org = await db.Organisations.SingleAsync();
        var today = app.Clock.DutchToday();
        var west = new Team { OrganisationId = org.Id, Name = "Team West" };
        db.Teams.Add(west);
        foreach (var (name, email, child) in Families)
        {
            var youth = new Youth { OrganisationId = org.Id, GivenName = child, FamilyName = name.Split(' ')[1], BirthDate = today.AddYears(-10) };
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, Kind = AccountKind.Carer, OrganisationId = org.Id };
            Assert.True((await users.CreateAsync(user, PageChecks.Password)).Succeeded);
            var carer = new Carer { OrganisationId = org.Id, Name = name, Email = email, UserId = user.Id };
            db.Youths.Add(youth);
            db.Carers.Add(carer);
            db.CarerLinks.Add(new CarerLink { YouthId = youth.Id, CarerId = carer.Id, Position = CarerPosition.ParentWithAuthority });
            db.Trajectories.Add(new Trajectory { YouthId = youth.Id, TeamId = west.Id, Type = TrajectoryType.Ambulant, StartDate = today.AddDays(-10), ExpectedEndDate = today.AddMonths(6) });
        }
        await db.SaveChangesAsync();
    }

    List<MimeKit.MimeMessage> Mails(string subjectPart) =>
        app.Smtp.Messages().Where(m => (m.Subject ?? "").Contains(subjectPart, StringComparison.Ordinal)).ToList();

    static string Link(MimeKit.MimeMessage mail) => LinkPattern().Match(mail.TextBody ?? "").Value;

    [GeneratedRegex(@"http://\S+/(Announcements/Read|Events/Respond)\?token=\S+")]
    private static partial Regex LinkPattern();

    [BrowserFact]
    public async Task An_announcement_reaches_three_carers_and_the_overview_lists_the_one_who_has_not_read_it()
    {
        await AddTeamWestAsync();
        var admin = await chromium.NewPageAsync(Viewport.Laptop);
        await admin.LogInAsync(app, DemoSeed.Email.Administrator);

        // Write it: from the home page to the form, then the announcement to team West's carers.
        await admin.GotoAsync(app.Url("/Admin"));
        await admin.GetByRole(AriaRole.Link, new() { Name = "Berichten aan groepen schrijven", Exact = true }).ClickAsync();
        await admin.ExpectHeadingAsync("Berichten aan groepen");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Nieuw bericht of nieuwsbrief", Exact = true }).ClickAsync();
        await admin.ExpectHeadingAsync("Nieuw bericht aan een groep");
        await admin.GetByLabel("Voor wie?", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Team West" });
        await admin.GetByLabel("Welke groep?", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "de ouders en opvoeders" });
        await admin.GetByLabel("Titel", new() { Exact = true }).FillAsync("Nieuwe tijden in West");
        await admin.GetByLabel("Tekst van het bericht", new() { Exact = true }).FillAsync("Vanaf januari begint de dag om 8.30 uur.\nDe bus rijdt zoals altijd.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Versturen", Exact = true }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Het bericht is verstuurd.");
        var details = new Uri(admin.Url).PathAndQuery.Replace("&saved=true", "");

        var mails = Mails("Nieuwe tijden in West");
        Assert.Equal(Families.Select(f => f.Email).Order(), mails.Select(m => m.To.Mailboxes.Single().Address).Order());

        // Yasmina reads it in the app, from her home page on her phone.
        var yasmina = await chromium.NewPageAsync(Viewport.Phone);
        await yasmina.LogInAsync(app, Families[0].Email);
        var item = yasmina.GetByTestId("announcements").Locator("li").Filter(new() { HasText = "Nieuwe tijden in West" });
        await Expect(item).ToContainTextAsync("nieuw");
        await item.GetByRole(AriaRole.Link).ClickAsync();
        await yasmina.ExpectHeadingAsync("Nieuwe tijden in West");
        await Expect(yasmina.Locator("main")).ToContainTextAsync("Vanaf januari begint de dag om 8.30 uur.");
        await yasmina.Context.CloseAsync();

        // Joke opens the link in her mail without signing in.
        var joke = await chromium.NewPageAsync(Viewport.Phone);
        await joke.GotoAsync(Link(mails.Single(m => m.To.Mailboxes.Single().Address == Families[1].Email)));
        await Expect(joke.Locator("main")).ToContainTextAsync("Bedankt voor het lezen, Joke Vermeer.");
        await joke.Context.CloseAsync();

        // The overview lists Tom, the one who has not read it.
        await admin.GotoAsync(app.Url(details));
        await admin.ExpectHeadingAsync("Nieuwe tijden in West");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Nog niet gelezen (1)", Exact = true })).ToBeVisibleAsync();
        var unread = admin.GetByTestId("unread").Locator("li");
        await Expect(unread).ToHaveCountAsync(1);
        await Expect(unread).ToContainTextAsync("Tom Smits");
        await Expect(admin.Locator("tr[data-read=True]")).ToHaveCountAsync(2);

        // An information evening for the same families; Tom answers through his mail.
        await admin.GotoAsync(app.Url("/Events/New"));
        await admin.GetByLabel("Wat voor bijeenkomst?", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "informatieavond" });
        await admin.GetByLabel("Titel", new() { Exact = true }).FillAsync("Informatieavond West");
        await admin.GetByLabel("Voor wie?", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Team West" });
        await admin.GetByLabel("Welke groep?", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "de ouders en opvoeders" });
        await admin.GetByLabel("Datum", new() { Exact = true }).FillAsync("2026-12-03");
        await admin.GetByLabel("Begintijd", new() { Exact = true }).FillAsync("19:30");
        await admin.GetByLabel("Eindtijd", new() { Exact = true }).FillAsync("21:00");
        await admin.GetByLabel("Waar?", new() { Exact = true }).FillAsync("De Brug, Dorpsstraat 1");
        await admin.GetByLabel("Praktische zaken", new() { Exact = true }).FillAsync("Parkeren kan achter het gebouw.\nBroertjes en zusjes zijn welkom.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Uitnodigingen versturen", Exact = true }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("De uitnodigingen zijn verstuurd.");
        var eventDetails = new Uri(admin.Url).PathAndQuery.Replace("&saved=true", "");
        var tomInvite = Link(Mails("Informatieavond West").Single(m => m.To.Mailboxes.Single().Address == Families[2].Email));
        var tom = await chromium.NewPageAsync(Viewport.Phone);
        await tom.GotoAsync(tomInvite);
        await Expect(tom.Locator("main")).ToContainTextAsync("Broertjes en zusjes zijn welkom.");
        await tom.GetByRole(AriaRole.Button, new() { Name = "Ja, ik kom", Exact = true }).ClickAsync();
        await Expect(tom.GetByTestId("answer")).ToContainTextAsync("komt");
        await tom.Context.CloseAsync();
        await admin.GotoAsync(app.Url(eventDetails));
        await Expect(admin.GetByTestId("rsvp-counts")).ToContainTextAsync("1 komen, 0 komen niet, 0 misschien, 2 nog geen antwoord.");
        await admin.Context.CloseAsync();

        await chromium.AssertAccessibleAsync(app, DemoSeed.Email.Administrator, "/Admin", "/Announcements", "/Announcements/New", details, "/Events", "/Events/New", eventDetails);
        await chromium.AssertAccessibleAsync(app, Families[0].Email, "/Family");
        await chromium.AssertAccessibleAsync(app, null, new Uri(Link(mails[0])).PathAndQuery, new Uri(tomInvite).PathAndQuery);
        await AssertRefusedFormAccessibleAsync();
    }

    /// <summary>The form with a date in the past keeps what was typed and passes axe with its error messages.</summary>
    async Task AssertRefusedFormAccessibleAsync()
    {
        foreach (var viewport in new[] { Viewport.Phone, Viewport.Laptop })
        {
            var page = await chromium.NewPageAsync(viewport);
            await page.LogInAsync(app, DemoSeed.Email.Administrator);
            await page.GotoAsync(app.Url("/Announcements/New"));
            await page.GetByLabel("Titel", new() { Exact = true }).FillAsync("Te laat");
            await page.GetByLabel("Verschijnt op", new() { Exact = true }).FillAsync("2026-01-01");
            await page.GetByRole(AriaRole.Button, new() { Name = "Versturen", Exact = true }).ClickAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("Deze datum is al geweest. Kies vandaag of later.");
            await Expect(page.GetByLabel("Titel", new() { Exact = true })).ToHaveValueAsync("Te laat");
            await page.AssertNoAxeViolationsAsync();
            if (viewport == Viewport.Phone) await page.AssertNoHorizontalScrollAsync(viewport.Width);
            await page.Context.CloseAsync();
        }
    }
}
