using Microsoft.EntityFrameworkCore;
using Samenspel.Domain.Register;
using Samenspel.Web.Data;

namespace Samenspel.Web.Tests.Infrastructure;

/// <summary>Builds a youth of the test's own, in the style of eShop's OrderBuilder: a new youth in the demo organisation
/// with a current trajectory in the mentor's team and the mentor on its care team, saved through the app's own
/// database context. Nothing else in the fixture knows the youth, so what a test counts about it is its own.</summary>
public sealed class YouthBuilder(SamenspelFactory factory)
{
    string givenName = "Test";
    string mentorEmail = DemoSeed.Email.Mentor;
    int age = 14;

    public YouthBuilder Named(string name) { givenName = name; return this; }
    public YouthBuilder WithMentor(string email) { mentorEmail = email; return this; }
    public YouthBuilder Aged(int years) { age = years; return this; }

    /// <summary>Saves the youth and returns its id.</summary>
    public Task<Guid> BuildAsync() => factory.WithDbAsync(async db =>
    {
        var mentor = await db.Staff.AsNoTracking().SingleAsync(s => s.Email == mentorEmail);
        var today = factory.Clock.DutchToday();
        var youth = new Youth
        {
            OrganisationId = mentor.OrganisationId, GivenName = givenName, FamilyName = "Bouwer-" + Guid.NewGuid().ToString("N")[..6],
            BirthDate = today.AddYears(-age).AddDays(-30),
        };
        var trajectory = new Trajectory
        {
            YouthId = youth.Id, TeamId = mentor.TeamId!.Value, Type = TrajectoryType.Ambulant, StartDate = today.AddDays(-7), ExpectedEndDate = today.AddMonths(6),
        };
        db.Youths.Add(youth);
        db.Trajectories.Add(trajectory);
        db.CareTeamMembers.Add(new CareTeamMember { TrajectoryId = trajectory.Id, YouthId = youth.Id, StaffMemberId = mentor.Id, Role = StaffRole.Mentor });
        await db.SaveChangesAsync();
        return youth.Id;
    });
}
