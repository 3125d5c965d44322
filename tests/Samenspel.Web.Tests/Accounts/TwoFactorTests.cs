using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Accounts;

/// <summary>Outside demo mode: the demo people exist, but staff must use a second factor.</summary>
public sealed class ProductionModeFactory : SamenspelFactory
{
    protected override string Provider => "sqlite";
    protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "samenspel.db")}";
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Samenspel:DemoMode"] = "false" };

    public async Task SeedAsync()
    {
        CreateClient();
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
        if (!await db.Organisations.AnyAsync())
            await ActivatorUtilities.CreateInstance<DemoSeed>(scope.ServiceProvider).RunAsync();
    }
}

public sealed partial class TwoFactorTests(ProductionModeFactory factory) : IClassFixture<ProductionModeFactory>
{
    [Fact]
    public async Task Staff_must_set_up_a_code_app_and_then_sign_in_with_a_code()
    {
        await factory.SeedAsync();
        var first = await Browser.LoginAsync(factory, DemoSeed.Email.ShadowMentor);
        var blocked = await first.GetAsync("/Caseload");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.Equal("/Accounts/EnableAuthenticator", blocked.Headers.Location!.OriginalString);

        var setup = await first.GetPageAsync("/Accounts/EnableAuthenticator");
        var key = SharedKey().Match(setup).Groups[1].Value.Replace(" ", "").ToUpperInvariant();
        var wrong = await first.PostFormAsync("/Accounts/EnableAuthenticator", new() { ["Input.Code"] = "000000" });
        Assert.Contains("Deze code klopt niet", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));
        var ok = await first.PostFormAsync("/Accounts/EnableAuthenticator", new() { ["Input.Code"] = Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/Caseload")).StatusCode);

        // Next time: password first, then the code (a new one: each code works once).
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var second = Browser.Anonymous(factory);
        var password = await second.PostFormAsync("/Accounts/Login", new() { ["Input.Email"] = DemoSeed.Email.ShadowMentor, ["Input.Password"] = DemoSeed.Password });
        Assert.StartsWith("/Accounts/LoginWith2fa", password.Headers.Location!.OriginalString);
        var bad = await second.PostFormAsync("/Accounts/LoginWith2fa", new() { ["Input.Code"] = "123456" });
        Assert.Contains("Deze code klopt niet", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EventType == "two-factor" && e.Outcome == AuditOutcome.Failure)));
        var good = await second.PostFormAsync("/Accounts/LoginWith2fa", new() { ["Input.Code"] = Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/Caseload")).StatusCode);
    }

    [Fact]
    public async Task Parents_do_not_need_a_code_app()
    {
        await factory.SeedAsync();
        var parent = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother);
        Assert.Equal(HttpStatusCode.OK, (await parent.GetAsync("/Family")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_lockout_is_audited()
    {
        await factory.SeedAsync();
        var browser = Browser.Anonymous(factory);
        string page = "";
        for (var i = 0; i < 5; i++)
            page = await (await browser.PostFormAsync("/Accounts/Login", new() { ["Input.Email"] = DemoSeed.Email.LottesFather, ["Input.Password"] = "verkeerd-wachtwoord" })).Content.ReadAsStringAsync();
        // Locked, but the page says no more than for a wrong password: "locked" would confirm the account exists.
        Assert.DoesNotContain("geblokkeerd", page);
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet", page);
        var right = await browser.PostFormAsync("/Accounts/Login", new() { ["Input.Email"] = DemoSeed.Email.LottesFather, ["Input.Password"] = DemoSeed.Password });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EventType == "lockout")));
    }

    // Codes are checked against the app's clock (SingleUseAuthenticator).
    string Code(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(factory.Clock.GetUtcNow().UtcDateTime);

    [GeneratedRegex("data-testid=\"shared-key\">([a-z0-9 ]+)<")]
    private static partial Regex SharedKey();
}
