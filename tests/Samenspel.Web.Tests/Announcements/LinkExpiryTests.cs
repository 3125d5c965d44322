using System.Net;
using System.Text.RegularExpressions;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.EvaluationsAndAgreements;
using Samenspel.Web.Tests.Infrastructure;
using Samenspel.Web.Tests.Messages;

namespace Samenspel.Web.Tests.Announcements;

/// <summary>The personal links in announcement and invitation mails work for Samenspel:Links:ValidDays (30) days from
/// when they were sent: on day 29 they open, on day 31 they show a Dutch page that says the link is too old and how to
/// get a new one; the organiser re-sends, and the new mail's link works. Its own app, since it moves the clock a month.</summary>
public abstract partial class LinkExpiryTests(SamenspelFactory factory, SmtpServer smtp)
{
    [Fact]
    public async Task A_link_works_on_day_29_is_too_old_on_day_31_and_a_resent_link_works()
    {
        var south = await factory.TeamAsync("Team Zuid");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor);
        var announced = await mentor.AnnounceAsync(south.ToString(), "Carers", "Zomerfeest Zuid", factory.Today());
        Assert.Equal(HttpStatusCode.Redirect, announced.StatusCode);
        var details = announced.Headers.Location!.OriginalString;
        var mails = smtp.With("Zomerfeest Zuid");
        Assert.True(mails.Count >= 2, $"{mails.Count} mails");
        var (first, second) = (mails[0], mails[1]);
        Assert.Contains("De link werkt 30 dagen", first.TextBody);

        var events = await mentor.PostFormAsync("/Events/New", new()
        {
            ["Input.SubmissionId"] = Guid.NewGuid().ToString(), ["Input.Scope"] = south.ToString(), ["Input.Audience"] = "Carers", ["Input.Kind"] = "ThemeEvening",
            ["Input.Title"] = "Thema-avond Zuid", ["Input.Date"] = factory.InDays(45), ["Input.From"] = "19:30", ["Input.Until"] = "21:00",
            ["Input.Place"] = "De Brug", ["Input.Practical"] = "", ["Input.RemindDaysBefore"] = "2",
        });
        Assert.Equal(HttpStatusCode.Redirect, events.StatusCode);
        var eventDetails = events.Headers.Location!.OriginalString;
        var invitation = smtp.With("Thema-avond Zuid").First();

        var anonymous = Browser.Anonymous(factory);
        factory.Clock.Advance(TimeSpan.FromDays(29));
        Assert.Contains("Zomerfeest Zuid", await anonymous.PageTextAsync(first.Link()));
        Assert.Contains("Thema-avond Zuid", await anonymous.PageTextAsync(invitation.Link()));

        factory.Clock.Advance(TimeSpan.FromDays(2));
        foreach (var link in new[] { first.Link(), second.Link(), invitation.Link() })
        {
            var old = await anonymous.GetAsync(link);
            var page = await old.TextAsync();
            Assert.Equal(HttpStatusCode.Gone, old.StatusCode);
            Assert.Contains("Deze link is verlopen", page);
            Assert.Contains("Een link in een e-mail van Samenspel werkt 30 dagen.", page);
            Assert.Contains("om de e-mail opnieuw te sturen", page);
            Assert.DoesNotContain("Zomerfeest Zuid", page);
            Assert.DoesNotContain("Thema-avond Zuid", page);
        }
        // An answer through the old link is not taken.
        var token = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + invitation.Link()).Query)["token"]!;
        var late = await anonymous.Client.PostAsync(invitation.Link(), new FormUrlEncodedContent(new Dictionary<string, string> { ["Token"] = token, ["response"] = "Yes" }));
        Assert.NotEqual(HttpStatusCode.Redirect, late.StatusCode);

        // The second recipient never read it: the organiser (signed in again, a month later) sends it again, and the new link works.
        mentor = await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor);
        var before = smtp.With("Zomerfeest Zuid").Count;
        var shownAt = Regex.Match(await mentor.PageTextAsync(details), "name=\"shownAt\" value=\"(\\d+)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.PostFormAsync($"{details.Split('?')[0]}?id={IdOf(details)}&handler=Resend", new() { ["shownAt"] = shownAt }, details)).StatusCode);
        var again = smtp.With("Zomerfeest Zuid").Skip(before).ToList();
        Assert.Contains(again, m => m.Address() == second.Address());
        Assert.Contains("Zomerfeest Zuid", await anonymous.PageTextAsync(again.First(m => m.Address() == second.Address()).Link()));

        var invitedBefore = smtp.With("Thema-avond Zuid").Count;
        var eventShownAt = Regex.Match(await mentor.PageTextAsync(eventDetails), "name=\"shownAt\" value=\"(\\d+)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.PostFormAsync($"{eventDetails.Split('?')[0]}?id={IdOf(eventDetails)}&handler=Resend", new() { ["shownAt"] = eventShownAt }, eventDetails)).StatusCode);
        var reinvited = smtp.With("Thema-avond Zuid").Skip(invitedBefore).ToList();
        Assert.NotEmpty(reinvited);
        Assert.Contains("Thema-avond Zuid", await anonymous.PageTextAsync(reinvited[0].Link()));
    }

    static string IdOf(string location) => Regex.Match(location, "id=([0-9a-f-]{36})").Groups[1].Value;
}

public sealed class LinkExpiryTests_Sqlite(SqliteWithSmtpFactory f) : LinkExpiryTests(f, f.Smtp), IClassFixture<SqliteWithSmtpFactory>;
public sealed class LinkExpiryTests_Postgres(PostgresWithSmtpFactory f) : LinkExpiryTests(f, f.Smtp), IClassFixture<PostgresWithSmtpFactory>;
