using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Accounts;

/// <summary>Sessions end on the server (requirement 25), cookies are __Host- and Secure (26), and signing in and out
/// is audited (17). Each test uses its own demo account, so that what one test ends does not touch another.</summary>
public abstract partial class SessionTests(SamenspelFactory factory)
{
    /// <summary>A request with only the saved cookie, as someone who copied it would send it.</summary>
    async Task<HttpResponseMessage> ReplayAsync(string cookies, string path)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = SamenspelFactory.BaseAddress });
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookies);
        return await client.SendAsync(request);
    }

    static void AssertSignInPage(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Accounts/Login", response.Headers.Location!.ToString());
    }

    Task<bool> AuditedAsync(string eventType, Guid objectId, AuditOutcome outcome = AuditOutcome.Success) =>
        factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EventType == eventType && e.ObjectId == objectId.ToString() && e.Outcome == outcome));

    [Fact]
    public async Task A_cookie_saved_before_logout_gets_the_sign_in_page_and_both_are_audited()
    {
        const string email = DemoSeed.Email.Counsellor;
        var browser = await Browser.LoginAsync(factory, email);
        var saved = browser.Cookies();
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(saved, "/Caseload")).StatusCode);

        var logout = await browser.PostFormAsync("/Accounts/Logout", new());
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        AssertSignInPage(await ReplayAsync(saved, "/Caseload"));
        var id = await factory.UserIdAsync(email);
        Assert.True(await AuditedAsync("login", id));
        Assert.True(await AuditedAsync("logout", id));
    }

    [Fact]
    public async Task A_password_change_ends_every_other_session_and_keeps_this_one()
    {
        const string email = DemoSeed.Email.DaansFather;
        var other = await Browser.LoginAsync(factory, email);
        var browser = await Browser.LoginAsync(factory, email);
        var wrong = await browser.PostFormAsync("/Accounts/ChangePassword", new() { ["Input.Current"] = "niet-het-wachtwoord", ["Input.Password"] = "een nieuw wachtwoord", ["Input.Repeat"] = "een nieuw wachtwoord" });
        Assert.Contains("Het huidige wachtwoord klopt niet.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(other.Cookies(), "/Family")).StatusCode);

        var changed = await browser.PostFormAsync("/Accounts/ChangePassword", new() { ["Input.Current"] = DemoSeed.Password, ["Input.Password"] = "een nieuw wachtwoord", ["Input.Repeat"] = "een nieuw wachtwoord" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        AssertSignInPage(await ReplayAsync(other.Cookies(), "/Family"));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Family")).StatusCode);
        Assert.True(await AuditedAsync("password-change", await factory.UserIdAsync(email)));
        await Browser.LoginAsync(factory, email, "een nieuw wachtwoord");
    }

    [Fact]
    public async Task The_administrator_signs_a_person_out_everywhere_and_blocks_an_account()
    {
        const string email = DemoSeed.Email.SouthTeamLead;
        var id = await factory.UserIdAsync(email);
        var person = await Browser.LoginAsync(factory, email);
        var admin = await Browser.LoginAsync(factory, DemoSeed.Email.Administrator);
        var list = await admin.GetPageAsync("/Admin/Accounts?q=zuid");
        Assert.Contains($"data-account=\"{id}\"", list);

        var signOut = await admin.PostFormAsync($"/Admin/Accounts?handler=SignOut&id={id}", new(), "/Admin/Accounts");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        AssertSignInPage(await person.GetAsync("/Team"));
        Assert.True(await AuditedAsync("session", id));

        person = await Browser.LoginAsync(factory, email);
        await admin.PostFormAsync($"/Admin/Accounts?handler=Block&id={id}", new(), "/Admin/Accounts");
        AssertSignInPage(await person.GetAsync("/Team"));
        Assert.True(await AuditedAsync("account-block", id));
        var refused = await Browser.Anonymous(factory).PostFormAsync("/Accounts/Login", new() { ["Input.Email"] = email, ["Input.Password"] = DemoSeed.Password });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet", await refused.Content.ReadAsStringAsync());

        await admin.PostFormAsync($"/Admin/Accounts?handler=Unblock&id={id}", new(), "/Admin/Accounts");
        await Browser.LoginAsync(factory, email);
    }

    [Fact]
    public async Task An_idle_staff_session_ends_after_30_minutes_a_family_session_after_60()
    {
        var staff = await Browser.LoginAsync(factory, DemoSeed.Email.Scientist);
        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/Caseload")).StatusCode); // activity keeps it going
        factory.Clock.Advance(TimeSpan.FromMinutes(25));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/Caseload")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        AssertSignInPage(await staff.GetAsync("/Caseload"));

        var family = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother);
        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.OK, (await family.GetAsync("/Family")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        AssertSignInPage(await family.GetAsync("/Family"));
    }

    [Fact]
    public async Task Activity_does_not_stretch_a_session_beyond_12_hours()
    {
        var browser = await Browser.LoginAsync(factory, DemoSeed.Email.DaansMother);
        for (var minutes = 0; minutes < 12 * 60 - 25; minutes += 25)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(25));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Family")).StatusCode);
        }
        factory.Clock.Advance(TimeSpan.FromMinutes(26));
        AssertSignInPage(await browser.GetAsync("/Family"));
    }

    [Fact]
    public async Task Cookies_are_Host_prefixed_Secure_HttpOnly_and_Lax()
    {
        var browser = Browser.Anonymous(factory);
        var form = await browser.GetAsync("/Accounts/Login");
        var login = await browser.PostFormAsync("/Accounts/Login", new() { ["Input.Email"] = DemoSeed.Email.SouthMentor, ["Input.Password"] = DemoSeed.Password });
        var culture = await browser.GetAsync("/Accounts/Culture?c=en");
        var cookies = new[] { form, login, culture }.SelectMany(r => r.Headers.TryGetValues("Set-Cookie", out var v) ? v : []).ToList();
        // The anti-forgery cookie is Secure over https but not __Host-: see SamenspelApp (forms must work over http on localhost).
        foreach (var name in new[] { "__Host-samenspel=", "samenspel-af=", "__Host-samenspel-culture=" })
        {
            var cookie = cookies.Single(c => c.StartsWith(name, StringComparison.Ordinal)).ToLowerInvariant();
            Assert.Contains("; secure", cookie);
            Assert.Contains("; httponly", cookie);
            Assert.Contains("; path=/", cookie);
            Assert.DoesNotContain("domain=", cookie);
        }
        Assert.Contains("samesite=lax", cookies.Single(c => c.StartsWith("__Host-samenspel=", StringComparison.Ordinal)).ToLowerInvariant());
        Assert.DoesNotContain(cookies, c => c.StartsWith("samenspel=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forms_still_work_over_plain_http_on_localhost()
    {
        var http = factory.CreateClient(new() { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });
        var form = await http.GetAsync("/Accounts/Login");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("__RequestVerificationToken", await form.Content.ReadAsStringAsync());
        Assert.DoesNotContain(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith("samenspel-af=", StringComparison.Ordinal) && c.Contains("secure"));
    }

    [Fact]
    public async Task Unknown_wrong_and_locked_accounts_get_the_same_answer_and_failures_are_audited()
    {
        async Task<string> AttemptAsync(string email)
        {
            var response = await Browser.Anonymous(factory).PostFormAsync("/Accounts/Login", new() { ["Input.Email"] = email, ["Input.Password"] = "verkeerd-wachtwoord" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            return Token().Replace(body.Replace(email, "EMAIL"), "TOKEN");
        }
        const string locked = DemoSeed.Email.NoorsFather;
        for (var i = 0; i < 5; i++) await AttemptAsync(locked);
        Assert.True(await factory.WithDbAsync(async db => (await db.Users.SingleAsync(u => u.Email == locked)).LockoutEnd > factory.Clock.GetUtcNow()));

        var unknown = await AttemptAsync("niemand@demo.samenspel.nl");
        var wrong = await AttemptAsync(DemoSeed.Email.Noor);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, await AttemptAsync(locked));
        Assert.DoesNotContain("geblokkeerd", unknown);

        Assert.True(await AuditedAsync("login", await factory.UserIdAsync(DemoSeed.Email.Noor), AuditOutcome.Failure));
        Assert.True(await AuditedAsync("lockout", await factory.UserIdAsync(locked), AuditOutcome.Failure));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EventType == "login" && e.Outcome == AuditOutcome.Failure && e.UserId == null)));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex Token();
}

public sealed class SessionTests_Sqlite(SqliteFactory f) : SessionTests(f), IClassFixture<SqliteFactory>;
public sealed class SessionTests_Postgres(PostgresFactory f) : SessionTests(f), IClassFixture<PostgresFactory>;
