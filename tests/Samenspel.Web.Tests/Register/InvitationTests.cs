using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Register;

public sealed partial class InvitationTests(SqliteWithSmtpFactory factory) : IClassFixture<SqliteWithSmtpFactory>
{
    [Fact]
    public async Task Invitation_mail_names_the_sender_link_survives_reuse_and_resend_and_sets_a_password()
    {
        var (youthId, carerId) = await factory.WithDbAsync(async db =>
        {
            var lotte = await db.Youths.SingleAsync(y => y.GivenName == "Lotte");
            var petra = await db.Carers.SingleAsync(c => c.Name == "Petra Hendriks");
            return (lotte.Id, petra.Id);
        });
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor);
        var url = $"/Register/Invite?youthId={youthId}&carerId={carerId}";

        var sent = await mentor.PostFormAsync(url, []);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var first = Assert.Single(factory.Smtp.Messages(), m => m.To.Mailboxes.Single().Address == "petra.hendriks@example.nl");
        Assert.Equal("petra.hendriks@example.nl", first.To.Mailboxes.Single().Address);
        Assert.Contains("Jeugdhulp De Brug", first.Subject);
        Assert.Contains("Ruben Mulder van Jeugdhulp De Brug", first.TextBody);
        var firstLink = Link(first.TextBody);

        // The mentor re-sends: a second mail with a second link; the first link keeps working.
        await mentor.PostFormAsync(url, []);
        var toPetra = factory.Smtp.Messages().Where(m => m.To.Mailboxes.Single().Address == "petra.hendriks@example.nl").ToList();
        Assert.Equal(2, toPetra.Count);
        var secondLink = Link(toPetra[1].TextBody);
        Assert.NotEqual(firstLink, secondLink);

        var parent = Browser.Anonymous(factory);
        for (var i = 0; i < 2; i++)
            Assert.Contains("Kies een wachtwoord", await parent.GetPageAsync(firstLink));
        Assert.Contains("Jeugdhulp De Brug", await parent.GetPageAsync(secondLink));

        var mismatch = await parent.PostFormAsync(firstLink, new() { ["Input.Password"] = "een lange zin", ["Input.Repeat"] = "iets anders", ["token"] = Token(firstLink) }, firstLink);
        Assert.Contains("De twee wachtwoorden zijn niet hetzelfde.", await mismatch.Content.ReadAsStringAsync());

        var accepted = await parent.PostFormAsync(firstLink, new() { ["Input.Password"] = "een lange zin", ["Input.Repeat"] = "een lange zin", ["token"] = Token(firstLink) }, firstLink);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        // Afterwards the link says the account is ready instead of dying with an error.
        Assert.Contains("Uw account is klaar", await Browser.Anonymous(factory).GetPageAsync(secondLink));
        var home = await (await Browser.LoginAsync(factory, "petra.hendriks@example.nl", "een lange zin")).GetPageAsync("/Family");
        Assert.Contains("Lotte Hendriks", home);
    }

    internal static string Link(string? body) => new Uri(LinkPattern().Match(body ?? "").Value).PathAndQuery;
    static string Token(string link) => link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..];

    [GeneratedRegex(@"http://\S+/Accounts/Invitation\?token=\S+")]
    private static partial Regex LinkPattern();
}

/// <summary>Its own app instance, because it moves the clock forward.</summary>
public sealed class InvitationExpiryTests(SqliteWithSmtpFactory factory) : IClassFixture<SqliteWithSmtpFactory>
{
    [Fact]
    public async Task Invitation_link_stops_working_after_fourteen_days()
    {
        var youthId = await factory.WithDbAsync(db => db.Youths.Where(y => y.GivenName == "Sam").Select(y => y.Id).SingleAsync());
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var added = await mentor.PostFormAsync($"/Register/AddCarer?youthId={youthId}", new()
        {
            ["Input.Name"] = "Tom Jansen", ["Input.Email"] = "tom.jansen@example.nl", ["Input.Position"] = "StepParent",
            ["Input.CourtAppointed"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var carerId = await factory.WithDbAsync(db => db.Carers.Where(c => c.Email == "tom.jansen@example.nl").Select(c => c.Id).SingleAsync());
        await mentor.PostFormAsync($"/Register/Invite?youthId={youthId}&carerId={carerId}", []);
        var link = InvitationTests.Link(factory.Smtp.Messages().Single(m => m.To.Mailboxes.Single().Address == "tom.jansen@example.nl").TextBody);

        factory.Clock.Advance(TimeSpan.FromDays(13));
        Assert.Contains("Kies een wachtwoord", await Browser.Anonymous(factory).GetPageAsync(link));
        factory.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Contains("Deze link werkt niet meer", await Browser.Anonymous(factory).GetPageAsync(link));
    }

}
