using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Accounts;

/// <summary>Production mode (staff need a code) with the production sign-in limits: 10 a minute per IP address,
/// 10 in 15 minutes per account.</summary>
public abstract class HardenedFactory : SamenspelFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Samenspel:DemoMode"] = "false",
        ["Samenspel:RateLimits:PerIpPerMinute"] = "10",
        ["Samenspel:RateLimits:PerAccountPer15Minutes"] = "10",
    };

    public async Task SeedAsync()
    {
        CreateClient();
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
        if (!await db.Organisations.AnyAsync())
            await ActivatorUtilities.CreateInstance<DemoSeed>(scope.ServiceProvider).RunAsync();
    }
}

public sealed class HardenedSqliteFactory : HardenedFactory
{
    protected override string Provider => "sqlite";
    protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "samenspel.db")};Default Timeout=30";
}

public sealed class HardenedPostgresFactory : HardenedFactory
{
    protected override string Provider => "postgres";
    readonly string database = $"samenspel_test_{Guid.NewGuid():N}";
    protected override string ConnectionString => Postgres.CreateDatabase(database);
}

/// <summary>Requirements 23 and 24: sign-in and codes are rate-limited, and each code works once.</summary>
public abstract partial class SignInLimitsTests(HardenedFactory factory)
{
    /// <summary>Both windows start afresh: the tests of a class share the server and its limiters.</summary>
    async Task FreshWindowsAsync()
    {
        await factory.SeedAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(16));
    }

    Task<HttpResponseMessage> PasswordAsync(Browser browser, string email, string password = "verkeerd-wachtwoord") =>
        browser.PostFormAsync("/Accounts/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    [Fact]
    public async Task The_eleventh_sign_in_from_one_IP_within_a_minute_gets_a_Dutch_429()
    {
        await FreshWindowsAsync();
        var browser = Browser.Anonymous(factory);
        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.OK, (await PasswordAsync(browser, $"iemand{i}@demo.samenspel.nl")).StatusCode);

        var refused = await PasswordAsync(browser, DemoSeed.Email.SamsMother, DemoSeed.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Te veel pogingen", await refused.Content.ReadAsStringAsync());
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) is > 0 and <= 60);

        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Redirect, (await PasswordAsync(browser, DemoSeed.Email.SamsMother, DemoSeed.Password)).StatusCode);
    }

    [Fact]
    public async Task The_eleventh_attempt_on_one_account_within_15_minutes_gets_429_also_for_an_unknown_address()
    {
        await FreshWindowsAsync();
        var browser = Browser.Anonymous(factory);
        foreach (var email in new[] { DemoSeed.Email.DaansMother, "onbekend@demo.samenspel.nl" })
        {
            for (var i = 0; i < 10; i++)
            {
                if (i == 5) factory.Clock.Advance(TimeSpan.FromSeconds(61)); // stay under the per-IP limit
                Assert.Equal(HttpStatusCode.OK, (await PasswordAsync(browser, email)).StatusCode);
            }
            factory.Clock.Advance(TimeSpan.FromSeconds(61));
            var refused = await PasswordAsync(browser, email.ToUpperInvariant(), DemoSeed.Password);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Contains("Te veel pogingen", await refused.Content.ReadAsStringAsync());
        }
        // Another account from the same address is not held up.
        Assert.Equal(HttpStatusCode.Redirect, (await PasswordAsync(browser, DemoSeed.Email.NoorsMother, DemoSeed.Password)).StatusCode);
    }

    [Fact]
    public async Task A_code_works_once_and_a_code_older_than_one_step_is_refused()
    {
        await FreshWindowsAsync();
        const string email = DemoSeed.Email.SouthMentor;
        var first = Browser.Anonymous(factory);
        await PasswordAsync(first, email, DemoSeed.Password);
        var setup = await first.GetPageAsync("/Accounts/EnableAuthenticator");
        var key = SharedKey().Match(setup).Groups[1].Value.Replace(" ", "").ToUpperInvariant();
        var enabledWith = Code(key, TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync("/Accounts/EnableAuthenticator", new() { ["Input.Code"] = enabledWith })).StatusCode);

        // The code that switched the app on cannot sign in again, not even in the same 30 seconds.
        var second = await WaitingForCodeAsync(email);
        var replay = await second.PostFormAsync("/Accounts/LoginWith2fa", new() { ["Input.Code"] = enabledWith });
        Assert.Contains("Deze code klopt niet", WebUtility.HtmlDecode(await replay.Content.ReadAsStringAsync()));

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var fresh = Code(key, TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostFormAsync("/Accounts/LoginWith2fa", new() { ["Input.Code"] = fresh })).StatusCode);
        var third = await WaitingForCodeAsync(email);
        Assert.Contains("Deze code klopt niet", WebUtility.HtmlDecode(await (await third.PostFormAsync("/Accounts/LoginWith2fa", new() { ["Input.Code"] = fresh })).Content.ReadAsStringAsync()));

        // Two minutes on: a code from two steps ago (60 s old) is refused, one from the step before is still taken.
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var old = await third.PostFormAsync("/Accounts/LoginWith2fa", new() { ["Input.Code"] = Code(key, TimeSpan.FromSeconds(-60)) });
        Assert.Contains("Deze code klopt niet", WebUtility.HtmlDecode(await old.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await third.PostFormAsync("/Accounts/LoginWith2fa", new() { ["Input.Code"] = Code(key, TimeSpan.FromSeconds(-30)) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await third.GetAsync("/Caseload")).StatusCode);

        var id = await factory.UserIdAsync(email);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EventType == "two-factor" && e.UserId == id && e.Outcome == AuditOutcome.Failure)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EventType == "login" && e.UserId == id && e.Outcome == AuditOutcome.Success)));
    }

    async Task<Browser> WaitingForCodeAsync(string email)
    {
        var browser = Browser.Anonymous(factory);
        var password = await PasswordAsync(browser, email, DemoSeed.Password);
        Assert.StartsWith("/Accounts/LoginWith2fa", password.Headers.Location!.OriginalString);
        return browser;
    }

    string Code(string key, TimeSpan offset) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp((factory.Clock.GetUtcNow() + offset).UtcDateTime);

    [GeneratedRegex("data-testid=\"shared-key\">([a-z0-9 ]+)<")]
    private static partial Regex SharedKey();
}

public sealed class SignInLimitsTests_Sqlite(HardenedSqliteFactory f) : SignInLimitsTests(f), IClassFixture<HardenedSqliteFactory>;
public sealed class SignInLimitsTests_Postgres(HardenedPostgresFactory f) : SignInLimitsTests(f), IClassFixture<HardenedPostgresFactory>;
