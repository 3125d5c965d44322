using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;
using Samenspel.Web.Tests.Register;

namespace Samenspel.Web.Tests.IntakeAndOnboarding;

/// <summary>Sending the start information, without moving the clock (the deadline is in StartFlowTests).</summary>
public abstract partial class IntakeAndStartTests
{
    DateOnly Today => factory.Clock.DutchToday();

    [Fact]
    public async Task Start_form_proposes_five_days_and_refuses_a_date_in_the_past()
    {
        var samId = await factory.YouthAsync("Sam");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var url = $"/Onboarding/Start?youthId={samId}";
        Assert.Contains($"value=\"{Today.AddDays(5):yyyy-MM-dd}\"", await mentor.GetPageAsync(url));
        var refused = await mentor.PostFormAsync(url, new() { ["Input.Practical"] = "Om 9 uur.", ["Input.ConfirmBy"] = $"{Today.AddDays(-1):yyyy-MM-dd}" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var body = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Deze datum ligt in het verleden.", body);
        Assert.Contains("Om 9 uur.", body);
        Assert.False(await factory.WithDbAsync(db => db.StartInformation.AnyAsync(s => s.Practical == "Om 9 uur.")));
        var parent = await Browser.LoginAsync(factory, DemoSeed.Email.SamsMother);
        Assert.Equal(HttpStatusCode.Forbidden, (await parent.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task New_stepfather_without_an_account_gets_an_invitation_and_the_start_mail_then_confirms()
    {
        var samId = await factory.YouthAsync("Sam");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var added = await mentor.PostFormAsync($"/Register/AddCarer?youthId={samId}", new()
        {
            ["Input.Name"] = "Tom Jansen", ["Input.Email"] = "tom.jansen@example.nl", ["Input.Position"] = "StepParent", ["Input.CourtAppointed"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var sent = await mentor.PostFormAsync($"/Onboarding/Start?youthId={samId}", new()
        {
            ["Input.Practical"] = "Maandag om 9 uur.\nParkeren kan achter het gebouw.", ["Input.ConfirmBy"] = $"{Today.AddDays(5):yyyy-MM-dd}",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var linda = Assert.Single(smtp.To(DemoSeed.Email.SamsMother));
        Assert.Contains("Startinformatie", linda.Subject);
        Assert.Contains("Eva de Boer", linda.TextBody);
        Assert.Contains("Parkeren kan achter het gebouw.", linda.TextBody);
        var toTom = smtp.To("tom.jansen@example.nl");
        Assert.Equal(2, toTom.Count);
        var invitation = Assert.Single(toTom, m => m.Subject?.StartsWith("Uitnodiging") == true);
        var start = Assert.Single(toTom, m => m.Subject?.StartsWith("Startinformatie") == true);
        Assert.Contains("wachtwoord te kiezen", start.TextBody);

        var tom = Browser.Anonymous(factory);
        var link = InvitationTests.Link(invitation.TextBody);
        var token = link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        var accepted = await tom.PostFormAsync(link, new() { ["Input.Password"] = "een lange zin", ["Input.Repeat"] = "een lange zin", ["token"] = token });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var read = Mails.ReadLink(start);
        Assert.Contains("Parkeren kan achter het gebouw.", WebUtility.HtmlDecode(await tom.GetPageAsync(read)));
        Assert.Equal(HttpStatusCode.Redirect, (await tom.PostFormAsync(read, [])).StatusCode);

        var reached = WebUtility.HtmlDecode(await mentor.GetPageAsync($"/Onboarding/Reached?youthId={samId}"));
        Assert.Contains("Tom Jansen", reached);
        Assert.Contains("gelezen op", reached);
        Assert.Contains("nog niet bevestigd", reached); // Linda
        Assert.False(await factory.WithDbAsync(db => db.StartRecipients.AnyAsync(r => r.YouthId == samId && r.MailFailed)));
        Assert.Equal(HttpStatusCode.NotFound, (await (await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother)).GetAsync(read)).StatusCode);
    }
}
