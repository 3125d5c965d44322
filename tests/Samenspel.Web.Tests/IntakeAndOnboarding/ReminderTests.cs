using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Web.Data;
using Samenspel.Web.Features.Onboarding;
using Samenspel.Web.Mail;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.IntakeAndOnboarding;

/// <summary>Its own app instance, because it moves the clock by weeks.</summary>
public abstract class ReminderTests(SamenspelFactory factory, SmtpServer smtp)
{
    async Task<List<string>> RunAsync()
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<SamenspelDb>();
        var weeks = Reminders.Weeks(services.GetRequiredService<IConfiguration>());
        Assert.Equal(3, weeks);
        var reminded = await Reminders.SendDueAsync(db, services.GetRequiredService<Mailer>(), factory.Clock, services.GetRequiredService<SamenspelSettings>(), weeks);
        return await db.Users.Where(u => reminded.Contains(u.Id)).Select(u => u.Email!).ToListAsync();
    }

    [Fact]
    public async Task Carer_who_has_not_signed_in_for_three_weeks_is_reminded_and_not_twice_within_three_weeks()
    {
        await Browser.LoginAsync(factory, DemoSeed.Email.SamsMother);
        var first = await RunAsync();
        Assert.DoesNotContain(DemoSeed.Email.SamsMother, first);
        Assert.Contains(DemoSeed.Email.NoorsMother, first); // never signed in
        Assert.DoesNotContain("petra.hendriks@example.nl", first); // no account yet: she needs an invitation, not a reminder

        factory.Clock.Advance(TimeSpan.FromDays(20));
        Assert.DoesNotContain(DemoSeed.Email.SamsMother, await RunAsync());

        factory.Clock.Advance(TimeSpan.FromDays(2));
        await Browser.LoginAsync(factory, DemoSeed.Email.NoorsFather);
        var due = await RunAsync();
        Assert.Contains(DemoSeed.Email.SamsMother, due);
        Assert.DoesNotContain(DemoSeed.Email.NoorsFather, due); // just signed in
        var mail = Assert.Single(smtp.To(DemoSeed.Email.SamsMother));
        Assert.Contains("Herinnering", mail.Subject);
        Assert.Contains("/Accounts/Login", mail.TextBody);
        Assert.Contains("Sam", mail.TextBody);
        Assert.Contains("Eva de Boer", mail.TextBody);

        Assert.Empty(await RunAsync());
        factory.Clock.Advance(TimeSpan.FromDays(14));
        Assert.DoesNotContain(DemoSeed.Email.SamsMother, await RunAsync());
        Assert.Single(smtp.To(DemoSeed.Email.SamsMother));

        factory.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Contains(DemoSeed.Email.SamsMother, await RunAsync());
        Assert.Equal(2, smtp.To(DemoSeed.Email.SamsMother).Count);
    }
}

public sealed class ReminderTests_Sqlite(SqliteWithSmtpFactory f) : ReminderTests(f, f.Smtp), IClassFixture<SqliteWithSmtpFactory>;
public sealed class ReminderTests_Postgres(PostgresWithSmtpFactory f) : ReminderTests(f, f.Smtp), IClassFixture<PostgresWithSmtpFactory>;
