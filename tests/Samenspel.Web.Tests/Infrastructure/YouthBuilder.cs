using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Domain.Access;
using Samenspel.Domain.Register;
using Samenspel.Web.Data;

namespace Samenspel.Web.Tests.Infrastructure;

/// <summary>A carer the test built, with a sign-in account (password <see cref="DemoSeed.Password"/>).</summary>
public sealed record BuiltCarer(Guid Id, string Name, string Email);

/// <summary>Builds a youth of the test's own, in the style of eShop's OrderBuilder: a new youth in the demo organisation
/// with a current trajectory in the mentor's team and the mentor on its care team, saved through the app's own
/// database context. Nothing else in the fixture knows the youth, so what a test counts about it is its own.
/// Carers and the youth's own sign-in account are made as <see cref="DemoSeed"/> makes them, through the app's
/// UserManager, with unique e-mail addresses.</summary>
public sealed class YouthBuilder(SamenspelFactory factory)
{
    string givenName = "Test";
    string? familyName;
    string mentorEmail = DemoSeed.Email.Mentor;
    int age = 14;
    DateOnly? inCareSince;
    string? youthEmail;
    readonly List<(BuiltCarer Carer, CarerPosition Position, DateOnly? AuthoritySince)> carers = [];
    readonly List<(string Email, StaffRole Role)> team = [];
    readonly List<(int DaysAgo, string Text, string? ShieldReason)> journal = [];
    readonly List<(BuiltCarer Carer, DataCategory Category)> shields = [];

    /// <summary>The youth's names; without a family name the youth gets a unique one.</summary>
    public YouthBuilder Named(string given, string? family = null) { (givenName, familyName) = (given, family); return this; }
    public YouthBuilder WithMentor(string email) { mentorEmail = email; return this; }
    public YouthBuilder Aged(int years) { age = years; return this; }
    /// <summary>The trajectory's start date (by default a week ago).</summary>
    public YouthBuilder InCareSince(DateOnly start) { inCareSince = start; return this; }

    /// <summary>The youth gets a sign-in account of their own.</summary>
    public YouthBuilder WithAccount(out string email)
    {
        youthEmail = email = UniqueEmail(givenName);
        return this;
    }

    /// <summary>A carer with a sign-in account. A parent with authority has it since the youth's birth unless
    /// <paramref name="authoritySince"/> says otherwise; two parents with authority are separated parents.</summary>
    public YouthBuilder WithCarer(string name, out BuiltCarer carer, CarerPosition position = CarerPosition.ParentWithAuthority, DateOnly? authoritySince = null)
    {
        carer = new(Guid.CreateVersion7(), name, UniqueEmail(name));
        carers.Add((carer, position, authoritySince));
        return this;
    }

    /// <summary>Another demo staff member on the trajectory's care team.</summary>
    public YouthBuilder WithTeamMember(string email, StaffRole role) { team.Add((email, role)); return this; }

    /// <summary>A journal page the youth wrote <paramref name="daysAgo"/> days ago, shielded from carers when a reason is given.</summary>
    public YouthBuilder WithJournalEntry(int daysAgo, string text, string? shieldedFromCarersBecause = null)
    {
        journal.Add((daysAgo, text, shieldedFromCarersBecause));
        return this;
    }

    /// <summary>The youth shields a category from one of their carers (as Features/Me/Sharing records it).</summary>
    public YouthBuilder Shielding(DataCategory category, BuiltCarer from) { shields.Add((from, category)); return this; }

    static string UniqueEmail(string name) => $"{name.Split(' ')[0].ToLowerInvariant()}.{Guid.NewGuid():N}@test.example";

    /// <summary>Saves the youth, its trajectory, carers and accounts, and returns the youth's id.</summary>
    public async Task<Guid> BuildAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var mentor = await db.Staff.AsNoTracking().SingleAsync(s => s.Email == mentorEmail);
        var today = factory.Clock.DutchToday();
        var youth = new Youth
        {
            OrganisationId = mentor.OrganisationId, GivenName = givenName, FamilyName = familyName ?? "Bouwer-" + Guid.NewGuid().ToString("N")[..6],
            BirthDate = today.AddYears(-age).AddDays(-30), Email = youthEmail,
        };
        var trajectory = new Trajectory
        {
            YouthId = youth.Id, TeamId = mentor.TeamId!.Value, Type = TrajectoryType.Ambulant, StartDate = inCareSince ?? today.AddDays(-7), ExpectedEndDate = today.AddMonths(6),
        };
        db.Youths.Add(youth);
        db.Trajectories.Add(trajectory);
        db.CareTeamMembers.Add(new CareTeamMember { TrajectoryId = trajectory.Id, YouthId = youth.Id, StaffMemberId = mentor.Id, Role = StaffRole.Mentor });
        foreach (var (email, role) in team)
            db.CareTeamMembers.Add(new CareTeamMember
            {
                TrajectoryId = trajectory.Id, YouthId = youth.Id, StaffMemberId = await db.Staff.Where(s => s.Email == email).Select(s => s.Id).SingleAsync(), Role = role,
            });
        var now = factory.Clock.GetUtcNow();
        foreach (var (daysAgo, text, reason) in journal)
        {
            var entry = new JournalEntry { YouthId = youth.Id, WrittenAt = now.AddDays(-daysAgo), RecordedOn = DutchCalendar.DateAt(now.AddDays(-daysAgo)), Text = text };
            if (reason is not null) entry.ShieldFromCarers(reason);
            db.JournalEntries.Add(entry);
        }
        if (youthEmail is not null) youth.UserId = await AccountAsync(users, youthEmail, youth.FullName, AccountKind.Youth, youth.OrganisationId);
        foreach (var (c, position, since) in carers)
        {
            db.Carers.Add(new Carer
            {
                Id = c.Id, OrganisationId = youth.OrganisationId, Name = c.Name, Email = c.Email,
                UserId = await AccountAsync(users, c.Email, c.Name, AccountKind.Carer, youth.OrganisationId),
            });
            db.CarerLinks.Add(new CarerLink
            {
                YouthId = youth.Id, CarerId = c.Id, Position = position,
                AuthoritySince = since ?? (position == CarerPosition.ParentWithAuthority ? youth.BirthDate : null),
            });
        }
        foreach (var (carer, category) in shields)
            db.CategoryShields.Add(new CategoryShield { YouthId = youth.Id, CarerId = carer.Id, ShieldedCategory = category, CreatedAt = now });
        await db.SaveChangesAsync();
        return youth.Id;
    }

    static async Task<Guid> AccountAsync(UserManager<AppUser> users, string email, string name, AccountKind kind, Guid organisationId)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, Kind = kind, OrganisationId = organisationId };
        var result = await users.CreateAsync(user, DemoSeed.Password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }
}
