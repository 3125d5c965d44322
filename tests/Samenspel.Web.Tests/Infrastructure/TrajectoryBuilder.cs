using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;

namespace Samenspel.Web.Tests.Infrastructure;

/// <summary>Builds a new trajectory for a demo youth and saves it through the app's own database context, in the
/// style of eShop's OrderBuilder. It follows the youth's latest trajectory (same team and type, the next day), so it
/// is the current one and its plan, evaluations and agreements start empty whatever other tests in the fixture did.
/// The care team stays the same: care team rows of the earlier trajectory still count for access.</summary>
public sealed class TrajectoryBuilder(SamenspelFactory factory, string givenName)
{
    /// <summary>Saves the trajectory and returns the youth's id.</summary>
    public Task<Guid> BuildAsync() => factory.WithDbAsync(async db =>
    {
        var youthId = await db.Youths.Where(y => y.GivenName == givenName).Select(y => y.Id).SingleAsync();
        var latest = await db.Trajectories.AsNoTracking().Where(t => t.YouthId == youthId).OrderByDescending(t => t.StartDate).FirstAsync();
        db.Trajectories.Add(new Trajectory
        {
            YouthId = youthId, TeamId = latest.TeamId, Type = latest.Type, StartDate = latest.StartDate.AddDays(1), ExpectedEndDate = latest.ExpectedEndDate,
        });
        await db.SaveChangesAsync();
        return youthId;
    });
}
