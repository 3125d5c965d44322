using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.EvaluationsAndAgreements;
using Samenspel.Web.Tests.Infrastructure;
using Samenspel.Web.Tests.IntakeAndOnboarding;
using static Samenspel.Web.Tests.Announcements.AnnouncementTestData;

namespace Samenspel.Web.Tests.Announcements;

/// <summary>Announcements and newsletters through the pages, with mail at a real loopback SMTP server: delivery in the
/// app and by mail, read receipts, the unread overview and re-sending, who may address whom, referrers by mail only,
/// and bad input. Each test uses its own title, so the mails of one test are told apart from the others'.</summary>
public abstract class AnnouncementTests(SamenspelFactory factory, SmtpServer smtp)
{
    [Fact]
    public async Task Only_staff_with_an_audience_to_address_get_the_writing_forms()
    {
        // The privacy officer has no team and is neither a lead nor an administrator: nobody to address, so no form
        // (AudienceRules.MayPost, the Announcer policy). The lists stay open to all staff and show what each manages.
        var privacy = await Browser.LoginAsync(factory, DemoSeed.Email.PrivacyOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await privacy.GetAsync("/Announcements/New")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await privacy.GetAsync("/Events/New")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await privacy.GetAsync("/Announcements")).StatusCode);
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync("/Events/New")).StatusCode);
        // Nobody is offered a button to a form that refuses them.
        Assert.DoesNotContain("href=\"/Announcements/New\"", await privacy.GetPageAsync("/Announcements"));
        Assert.DoesNotContain("href=\"/Events/New\"", await privacy.GetPageAsync("/Events"));
        Assert.Contains("href=\"/Announcements/New\"", await mentor.GetPageAsync("/Announcements"));
        Assert.Contains("href=\"/Events/New\"", await mentor.GetPageAsync("/Events"));
    }

    [Fact]
    public async Task An_announcement_to_a_teams_carers_reaches_each_carer_in_the_app_and_by_one_mail()
    {
        var north = await factory.TeamAsync("Team Noord");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var response = await mentor.AnnounceAsync(north.ToString(), "Carers", "Kerstviering in Noord", factory.Today());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Announcements/Details?id=", response.Headers.Location!.OriginalString);

        var mails = smtp.With("Kerstviering in Noord");
        Assert.Equal(NorthCarers.Order(), mails.Select(m => m.Address()).Order());
        var linda = mails.Single(m => m.Address() == NorthCarers[0]);
        Assert.Equal($"Kerstviering in Noord (bericht van {OrganisationName})", linda.Subject);
        Assert.Equal(OrganisationName, linda.From.Mailboxes.Single().Name);
        Assert.Contains("Beste Linda Jansen,", linda.TextBody);
        Assert.Contains("Op 12 december is de kerstviering.", linda.TextBody);
        Assert.Contains($"Dit bericht komt van Team Noord van {OrganisationName}, via Samenspel.", linda.TextBody);
        Assert.Contains("U krijgt dit omdat u ouder of opvoeder bent van een jongere bij Team Noord", linda.TextBody);
        Assert.DoesNotContain("Sam", linda.TextBody!.Replace("Samenspel", "")); // no youth named

        // In the app: each carer sees it on the home page, marked new.
        foreach (var carer in NorthCarers)
        {
            var home = await (await Browser.LoginAsync(factory, carer)).PageTextAsync("/Family");
            Assert.Contains("Kerstviering in Noord", home);
        }
        var lindaHome = await (await Browser.LoginAsync(factory, NorthCarers[0])).PageTextAsync("/Family");
        Assert.Contains("nieuw", InboxItem(lindaHome, "Kerstviering in Noord"));
        // Nobody outside the audience gets it.
        Assert.DoesNotContain("Kerstviering in Noord", await (await Browser.LoginAsync(factory, DemoSeed.Email.LottesFather)).PageTextAsync("/Family"));
        Assert.DoesNotContain("Kerstviering in Noord", await (await Browser.LoginAsync(factory, DemoSeed.Email.Noor)).PageTextAsync("/Me"));
    }

    [Fact]
    public async Task Opening_marks_it_read_the_link_keeps_working_and_the_writer_sees_who_has_not_read_it_and_can_mail_them_again()
    {
        var north = await factory.TeamAsync("Team Noord");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var location = (await mentor.AnnounceAsync(north.ToString(), "Carers", "Nieuwe tijden dagbehandeling", factory.Today())).Headers.Location!.OriginalString;
        var mails = smtp.With("Nieuwe tijden dagbehandeling");

        // Linda opens the link in her mail without signing in, twice: it does not die after one use.
        var link = mails.Single(m => m.Address() == NorthCarers[0]).Link();
        var anonymous = Browser.Anonymous(factory);
        Assert.Contains("Op 12 december is de kerstviering.", await anonymous.PageTextAsync(link));
        Assert.Contains("Bedankt voor het lezen, Linda Jansen.", await anonymous.PageTextAsync(link));
        // Ingrid opens it from her home page in the app.
        var ingrid = await Browser.LoginAsync(factory, NorthCarers[1]);
        var inboxLink = System.Text.RegularExpressions.Regex.Match(InboxItem(await ingrid.PageTextAsync("/Family"), "Nieuwe tijden dagbehandeling"), "href=\"([^\"]+)\"").Groups[1].Value;
        Assert.Contains("Bedankt voor het lezen, Ingrid Peters.", await ingrid.PageTextAsync(inboxLink));
        Assert.DoesNotContain("nieuw", InboxItem(await ingrid.PageTextAsync("/Family"), "Nieuwe tijden dagbehandeling"));

        factory.Clock.Advance(TimeSpan.FromHours(2)); // the writer looks in later, signed in again (30 minutes idle ends a staff session)
        mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var details = await mentor.PageTextAsync(location);
        Assert.Contains("Nog niet gelezen (3)", details);
        var unread = Section(details, "data-testid=\"unread\"", "</ul>");
        foreach (var name in new[] { "Mark Peters", "Anja de Groot", "Kees de Groot" }) Assert.Contains(name, unread);
        Assert.DoesNotContain("Linda Jansen", unread);
        Assert.DoesNotContain("Ingrid Peters", unread);
        Assert.Contains("data-recipient=\"Linda Jansen\" data-read=\"True\"", details);
        Assert.Equal(2, await factory.WithDbAsync(db => db.AnnouncementRecipients.CountAsync(r => r.ReadAt != null
            && db.Announcements.Any(a => a.Id == r.AnnouncementId && a.Title == "Nieuwe tijden dagbehandeling"))));

        // Re-send to those who have not read it; a double submit of the same page mails nobody twice.
        var shownAt = System.Text.RegularExpressions.Regex.Match(details, "name=\"shownAt\" value=\"(\\d+)\"").Groups[1].Value;
        var id = location.Split("id=")[1].Split('&')[0];
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await mentor.PostFormAsync($"/Announcements/Details?id={id}&handler=Resend", new() { ["shownAt"] = shownAt }, location)).StatusCode);
        var after = smtp.With("Nieuwe tijden dagbehandeling");
        Assert.Equal(1, after.Count(m => m.Address() == NorthCarers[0]));
        Assert.Equal(1, after.Count(m => m.Address() == NorthCarers[1]));
        foreach (var carer in NorthCarers.Skip(2)) Assert.Equal(2, after.Count(m => m.Address() == carer));
        // The first link still works after a re-send, and so does the new one.
        var markLinks = after.Where(m => m.Address() == NorthCarers[2]).Select(m => m.Link()).ToList();
        Assert.NotEqual(markLinks[0], markLinks[1]);
        foreach (var l in markLinks) Assert.Contains("Bedankt voor het lezen, Mark Peters.", await anonymous.PageTextAsync(l));
        Assert.Contains("Nog niet gelezen (2)", await mentor.PageTextAsync(location));
    }

    [Fact]
    public async Task Team_staff_address_their_own_team_only_and_team_leads_the_whole_organisation()
    {
        var (north, south) = (await factory.TeamAsync("Team Noord"), await factory.TeamAsync("Team Zuid"));
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var form = await mentor.PageTextAsync("/Announcements/New");
        Assert.Contains($"<option value=\"{north}\"", form);
        Assert.DoesNotContain($"<option value=\"{south}\"", form);
        Assert.DoesNotContain("value=\"org\"", form);
        foreach (var scope in new[] { south.ToString(), "org" })
        {
            var page = await (await mentor.AnnounceAsync(scope, "Carers", "Niet voor mij", factory.Today())).TextAsync();
            Assert.Contains("Kies een team uit de lijst.", page);
        }
        Assert.Empty(await factory.WithDbAsync(db => db.Announcements.Where(a => a.Title == "Niet voor mij").ToListAsync()));

        var lead = await Browser.LoginAsync(factory, DemoSeed.Email.SouthTeamLead);
        var leadForm = await lead.PageTextAsync("/Announcements/New");
        Assert.Contains("value=\"org\"", leadForm);
        Assert.DoesNotContain($"<option value=\"{north}\"", leadForm);
        var location = (await lead.AnnounceAsync("org", "Staff", "Personeelsuitje", factory.Today())).Headers.Location!.OriginalString;
        Assert.Equal(9, smtp.With("Personeelsuitje").Count); // every staff member of the organisation, the privacy officer included
        // A team's staff do not manage an organisation-wide announcement; a carer gets no writer's pages at all.
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.GetAsync(location)).StatusCode);
        var carer = await Browser.LoginAsync(factory, NorthCarers[0]);
        Assert.Equal(HttpStatusCode.Forbidden, (await carer.GetAsync("/Announcements/New")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await carer.GetAsync(location)).StatusCode);
        // The administrator may address any team.
        var admin = await Browser.LoginAsync(factory, DemoSeed.Email.Administrator);
        Assert.Contains($"<option value=\"{north}\"", await admin.PageTextAsync("/Announcements/New"));
    }

    [Fact]
    public async Task Referrers_get_mail_only_and_their_link_works_without_an_account()
    {
        var north = await factory.TeamAsync("Team Noord");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var location = (await mentor.AnnounceAsync(north.ToString(), "Referrers", "Wachtlijst Noord", factory.Today())).Headers.Location!.OriginalString;
        var mail = Assert.Single(smtp.With("Wachtlijst Noord"));
        Assert.Equal("wijkteam@example.nl", mail.Address());
        Assert.Contains("U krijgt dit omdat u jongeren naar Team Noord", mail.TextBody);
        Assert.Contains("Bedankt voor het lezen, Wijkteam Noord.", await Browser.Anonymous(factory).PageTextAsync(mail.Link()));
        var details = await mentor.PageTextAsync(location);
        Assert.Contains("alleen e-mail", details);
        Assert.Contains("Iedereen heeft het gelezen.", details);
    }

    [Fact]
    public async Task A_monthly_newsletter_says_when_the_next_issue_comes()
    {
        var north = await factory.TeamAsync("Team Noord");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        await mentor.AnnounceAsync(north.ToString(), "Carers", "Nieuws uit Noord", factory.Today(), monthlyDay: "1");
        var mail = smtp.With("Nieuws uit Noord").First();
        Assert.Equal("Nieuwsbrief van Team Noord van Jeugdhulp De Brug (demo): Nieuws uit Noord", mail.Subject);
        var next = Samenspel.Domain.Communication.AudienceRules.NextIssue(1, factory.Clock.DutchToday().AddDays(1));
        Assert.Equal(1, next.Day);
        Assert.Contains($"Deze nieuwsbrief komt elke maand op de 1e. De volgende komt op {Samenspel.Web.Features.Announcements.AnnouncementDelivery.Date(next)}.", mail.TextBody);
    }

    [Fact]
    public async Task A_double_submit_stores_and_mails_one_announcement()
    {
        var north = await factory.TeamAsync("Team Noord");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var submission = Guid.NewGuid();
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await mentor.AnnounceAsync(north.ToString(), "Carers", "Dubbel verstuurd", factory.Today(), submission: submission)).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Announcements.CountAsync(a => a.Title == "Dubbel verstuurd")));
        Assert.Equal(NorthCarers.Length, smtp.With("Dubbel verstuurd").Count);
    }

    public static TheoryData<string, string, string, string, string> BadInput => new()
    {
        // title, body, publish on (days from today, or text), also to, message
        { "Ouderavond", "Kom ook!", "-1", "", "Deze datum is al geweest. Kies vandaag of later." },
        { "Ouderavond", "", "0", "", "Schrijf het bericht." },
        { "", "Kom ook!", "0", "", "Vul een titel in." },
        { "Ouderavond", "Kom ook!", "0", "onbekend@example.nl", "Dit e-mailadres kennen we niet: onbekend@example.nl." },
        { "Ouderavond", "Kom ook!", "0", "geen adres", "Dit is geen e-mailadres: geen adres" },
        { "Ouderavond", "Kom ook!", "volgende week", "", "Vul een datum in, bijvoorbeeld 1-12-2026." },
        { "Ouderavond", new string('x', 4001), "0", "", "Het bericht is te lang (maximaal 4000 tekens)." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_a_Dutch_message_and_keeps_what_was_typed(string title, string body, string publishOn, string alsoTo, string message)
    {
        var north = await factory.TeamAsync("Team Noord");
        var typedDate = int.TryParse(publishOn, out var days) ? factory.InDays(days) : publishOn;
        var before = await factory.WithDbAsync(db => db.Announcements.CountAsync());
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var response = await mentor.AnnounceAsync(north.ToString(), "Carers", title, typedDate, body: body, alsoTo: alsoTo);
        var page = await response.TextAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page);
        Assert.Contains("utrecht-form-field--invalid", page);
        Assert.Contains($">{body}</textarea>", page);
        Assert.Contains($">{alsoTo}</textarea>", page);
        Assert.Contains($"value=\"{title}\"", page);
        Assert.Contains($"value=\"{typedDate}\"", page);
        Assert.Contains($"<option value=\"{north}\" selected>", page);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Announcements.CountAsync()));
    }

    [Fact]
    public async Task A_parent_whom_a_16_plus_youth_keeps_out_of_the_register_is_not_in_the_audience()
    {
        var north = await factory.TeamAsync("Team Noord");
        var (daan, kees) = (await factory.YouthAsync("Daan"), await factory.CarerAsync("Kees de Groot"));
        var shield = await factory.WithDbAsync(async db =>
        {
            var s = new Samenspel.Web.Data.CategoryShield { YouthId = daan, CarerId = kees, ShieldedCategory = Samenspel.Domain.Access.DataCategory.Register, CreatedAt = factory.Clock.GetUtcNow() };
            db.CategoryShields.Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });
        try
        {
            var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
            await mentor.AnnounceAsync(north.ToString(), "Carers", "Zonder Kees", factory.Today());
            Assert.Equal(NorthCarers.Where(c => c != DemoSeed.Email.DaansFather).Order(), smtp.With("Zonder Kees").Select(m => m.Address()).Order());
        }
        finally
        {
            await factory.WithDbAsync(db => db.CategoryShields.Where(s => s.Id == shield).ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task A_known_person_named_by_address_gets_it_too()
    {
        var north = await factory.TeamAsync("Team Noord");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        await mentor.AnnounceAsync(north.ToString(), "Referrers", "Ook voor Petra", factory.Today(), alsoTo: "Petra.Hendriks@example.nl");
        Assert.Equal(["petra.hendriks@example.nl", "wijkteam@example.nl"], smtp.With("Ook voor Petra").Select(m => m.Address()).Order());
    }

    static string InboxItem(string page, string title)
    {
        var at = page.IndexOf($">{title}</a>", StringComparison.Ordinal);
        Assert.True(at > 0, $"'{title}' is not on the page");
        var start = page.LastIndexOf("<li", at, StringComparison.Ordinal);
        return page[start..page.IndexOf("</li>", at, StringComparison.Ordinal)];
    }

    static string Section(string page, string from, string to)
    {
        var start = page.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{from} is not on the page");
        return page[start..page.IndexOf(to, start, StringComparison.Ordinal)];
    }
}

public sealed class AnnouncementTests_Sqlite(SqliteWithSmtpFactory f) : AnnouncementTests(f, f.Smtp), IClassFixture<SqliteWithSmtpFactory>;
public sealed class AnnouncementTests_Postgres(PostgresWithSmtpFactory f) : AnnouncementTests(f, f.Smtp), IClassFixture<PostgresWithSmtpFactory>;
