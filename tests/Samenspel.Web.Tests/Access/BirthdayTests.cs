using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Domain.Access;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Access;

/// <summary>Its own app instance, because it moves the clock: the age band turns at Dutch midnight on the birthday.</summary>
public sealed class BirthdayTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task Parents_lose_access_at_Dutch_midnight_on_the_18th_birthday()
    {
        var (daanId, birth) = await factory.WithDbAsync(async db =>
        {
            var daan = await db.Youths.SingleAsync(y => y.GivenName == "Daan");
            return (daan.Id, daan.BirthDate);
        });
        var eighteenth = birth.AddYears(18);
        // 23:30 UTC the evening before is already 00:30 in Amsterdam in winter, 01:30 in summer.
        var justBefore = new DateTimeOffset(eighteenth.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-3);
        factory.Clock.SetUtcNow(justBefore);
        Assert.Equal(AgeBand.From16To17, Age.BandOn(birth, factory.Clock.DutchToday()));

        var mother = await Browser.LoginAsync(factory, DemoSeed.Email.DaansMother);
        Assert.Equal(HttpStatusCode.OK, (await mother.GetAsync($"/Youths/Details?id={daanId}")).StatusCode);

        factory.Clock.SetUtcNow(new DateTimeOffset(eighteenth.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-0.5));
        Assert.Equal(eighteenth, factory.Clock.DutchToday());
        mother = await Browser.LoginAsync(factory, DemoSeed.Email.DaansMother); // 2.5 hours later: a new session
        var refused = await mother.GetAsync($"/Youths/Details?id={daanId}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("Daan", await refused.Content.ReadAsStringAsync());

        // The team keeps the file.
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync($"/Youths/Details?id={daanId}")).StatusCode);
    }
}
