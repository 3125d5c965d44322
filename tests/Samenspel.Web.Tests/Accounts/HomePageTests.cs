using System.Net;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Accounts;

public abstract class HomePageTests(SamenspelFactory factory)
{
    [Theory]
    [InlineData(DemoSeed.Email.Mentor, "/Caseload", "Mijn jongeren")]
    [InlineData(DemoSeed.Email.ShadowMentor, "/Caseload", "Mijn jongeren")]
    [InlineData(DemoSeed.Email.Scientist, "/Caseload", "Mijn jongeren")]
    [InlineData(DemoSeed.Email.TeamLead, "/Team", "Team Noord")]
    [InlineData(DemoSeed.Email.Administrator, "/Admin", "Beheer")]
    [InlineData(DemoSeed.Email.NoorsMother, "/Family", "Welkom, Ingrid Peters")]
    [InlineData(DemoSeed.Email.Noor, "/Me", "Hoi Noor!")]
    public async Task Each_role_lands_on_its_own_home_page(string email, string home, string heading)
    {
        var browser = await Browser.LoginAsync(factory, email);
        var root = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal(home, root.Headers.Location!.OriginalString);
        var page = await browser.GetPageAsync(home);
        Assert.Contains(heading, page);
    }

    [Fact]
    public async Task Mentor_caseload_lists_own_youths_only()
    {
        var page = await (await Browser.LoginAsync(factory, DemoSeed.Email.Mentor)).GetPageAsync("/Caseload");
        Assert.Contains("Sam Jansen", page);
        Assert.Contains("Noor Peters", page);
        Assert.Contains("Daan de Groot", page);
        Assert.DoesNotContain("Lotte", page);
    }

    [Fact]
    public async Task Parent_sees_only_own_children()
    {
        var page = await (await Browser.LoginAsync(factory, DemoSeed.Email.NoorsFather)).GetPageAsync("/Family");
        Assert.Contains("Noor Peters", page);
        Assert.DoesNotContain("Sam Jansen", page);
        Assert.DoesNotContain("Daan", page);
    }

    [Fact]
    public async Task Wrong_password_shows_a_Dutch_message_and_keeps_the_email()
    {
        var browser = Browser.Anonymous(factory);
        var response = await browser.PostFormAsync("/Accounts/Login", new() { ["Input.Email"] = DemoSeed.Email.SamsMother, ["Input.Password"] = "fout-wachtwoord" });
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet", page);
        Assert.Contains("value=\"ouder.sam@demo.samenspel.nl\"", page);
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_login()
    {
        var response = await Browser.Anonymous(factory).GetAsync("/Caseload");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Accounts/Login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Health_reports_the_database()
    {
        var response = await Browser.Anonymous(factory).GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\":\"Healthy\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(DemoSeed.Email.Mentor)]
    [InlineData(DemoSeed.Email.TeamLead)]
    [InlineData(DemoSeed.Email.NoorsMother)]
    public async Task Only_administrators_open_the_administration_pages(string email)
    {
        var other = await Browser.LoginAsync(factory, email);
        foreach (var page in new[] { "/Admin", "/Admin/Instruments", "/Admin/Instruments/Add" })
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(page)).StatusCode);
        var administrator = await Browser.LoginAsync(factory, DemoSeed.Email.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync("/Admin")).StatusCode);
    }
}

public sealed class HomePageTests_Sqlite(SqliteFactory f) : HomePageTests(f), IClassFixture<SqliteFactory>;
public sealed class HomePageTests_Postgres(PostgresFactory f) : HomePageTests(f), IClassFixture<PostgresFactory>;
