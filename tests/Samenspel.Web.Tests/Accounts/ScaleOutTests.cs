using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Accounts;

/// <summary>Two app nodes on one PostgreSQL database: the data-protection keys live in the database, so a sign-in on
/// one node is honoured by the other.</summary>
public sealed class ScaleOutTests : IAsyncLifetime
{
    readonly PostgresNodeFactory first;
    readonly PostgresNodeFactory second;

    public ScaleOutTests()
    {
        var database = $"samenspel_test_{Guid.NewGuid():N}";
        first = new PostgresNodeFactory(database);
        second = new PostgresNodeFactory(database);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
    }

    [Fact]
    public async Task Sign_in_cookie_from_one_node_works_on_the_other()
    {
        var browser = await Browser.LoginAsync(first, DemoSeed.Email.NoorsMother);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Family")).StatusCode);
        var cookies = browser.Cookies();

        var other = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/Family");
        request.Headers.Add("Cookie", cookies);
        var response = await other.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Noor Peters", await response.Content.ReadAsStringAsync());
        Assert.True(await second.WithDbAsync(db => db.DataProtectionKeys.CountAsync()) >= 1, "the key ring is not in the database");
    }
}
