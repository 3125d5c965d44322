using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Features.Onboarding;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.IntakeAndOnboarding;

/// <summary>Its own app instance, because it moves the clock past the read-by date.</summary>
public abstract class StartFlowTests(SamenspelFactory factory, SmtpServer smtp)
{
    [Fact]
    public async Task Parent_confirms_once_from_the_mail_and_the_parent_who_does_not_is_on_the_call_list_only_after_the_deadline()
    {
        var noorId = await factory.WithDbAsync(db => db.Youths.Where(y => y.GivenName == "Noor").Select(y => y.Id).SingleAsync());
        var evaId = await factory.StaffIdAsync(DemoSeed.Email.Mentor);
        var today = factory.Clock.DutchToday();
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var sent = await mentor.PostFormAsync($"/Onboarding/Start?youthId={noorId}", new()
        {
            ["Input.Practical"] = "Woensdag om 13 uur bij de hoofdingang.", ["Input.ConfirmBy"] = $"{today.AddDays(2):yyyy-MM-dd}",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var mail = Assert.Single(smtp.To(DemoSeed.Email.NoorsMother));
        Assert.Contains("Eva de Boer", mail.TextBody);
        Assert.Contains(DemoSeed.Email.Mentor, mail.TextBody);
        Assert.Contains("Woensdag om 13 uur bij de hoofdingang.", mail.TextBody);
        Assert.Contains("24 november 2026", mail.TextBody);
        Assert.Single(smtp.To(DemoSeed.Email.NoorsFather));
        Assert.Contains("Hoi Noor", Assert.Single(smtp.To(DemoSeed.Email.Noor)).TextBody);

        var link = Mails.ReadLink(mail);
        var ingrid = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother);
        var form = await ingrid.GetPageAsync(link);
        Assert.Contains("Ik heb het gelezen", WebUtility.HtmlDecode(form));
        // A double click: the same form posted twice keeps the first confirmation.
        var token = WebUtility.HtmlDecode(Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        DateTimeOffset? first = null;
        for (var click = 0; click < 2; click++)
        {
            var response = await ingrid.Client.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            first ??= await ConfirmedAtAsync(DemoSeed.Email.NoorsMother);
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        Assert.NotNull(first);
        Assert.Equal(first, await ConfirmedAtAsync(DemoSeed.Email.NoorsMother));
        Assert.Contains("U hebt dit gelezen op", WebUtility.HtmlDecode(await ingrid.GetPageAsync(link)));
        Assert.Equal(HttpStatusCode.NotFound, (await (await Browser.LoginAsync(factory, DemoSeed.Email.SamsMother)).GetAsync(link)).StatusCode);

        Assert.DoesNotContain(await CallsAsync(evaId), r => r.YouthId == noorId && r.Reason == CallReason.NotConfirmed);
        factory.Clock.Advance(TimeSpan.FromDays(2)); // the last day to confirm: still in time
        Assert.DoesNotContain(await CallsAsync(evaId), r => r.YouthId == noorId && r.Reason == CallReason.NotConfirmed);
        mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor); // a new day, a new sign-in
        Assert.Empty(NotConfirmedRows(await mentor.GetPageAsync("/Onboarding/CallList")));

        factory.Clock.Advance(TimeSpan.FromDays(1));
        var late = (await CallsAsync(evaId)).Where(r => r.YouthId == noorId && r.Reason == CallReason.NotConfirmed).Select(r => r.Person).Order().ToList();
        Assert.Equal(["Mark Peters", "Noor Peters"], late);
        mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var rows = NotConfirmedRows(await mentor.GetPageAsync("/Onboarding/CallList"));
        Assert.Contains(rows, r => r.Contains("Mark Peters") && r.Contains("heeft de startinformatie niet bevestigd"));
        Assert.DoesNotContain(rows, r => r.Contains("Ingrid Peters"));
    }

    Task<DateTimeOffset?> ConfirmedAtAsync(string email) => factory.WithDbAsync(db => db.StartRecipients
        .Where(r => db.Users.Any(u => u.Id == r.UserId && u.Email == email)).Select(r => r.ConfirmedAt).SingleAsync());

    Task<IReadOnlyList<CallRow>> CallsAsync(Guid staffId) =>
        factory.WithDbAsync(db => CallList.ForMentorAsync(db, staffId, factory.Clock.DutchToday()));

    static List<string> NotConfirmedRows(string html) =>
        Regex.Matches(WebUtility.HtmlDecode(html), "<tr class=\"utrecht-table__row\" data-reason=\"NotConfirmed\">(.*?)</tr>", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value).ToList();
}

public sealed class StartFlowTests_Sqlite(SqliteWithSmtpFactory f) : StartFlowTests(f, f.Smtp), IClassFixture<SqliteWithSmtpFactory>;
public sealed class StartFlowTests_Postgres(PostgresWithSmtpFactory f) : StartFlowTests(f, f.Smtp), IClassFixture<PostgresWithSmtpFactory>;
