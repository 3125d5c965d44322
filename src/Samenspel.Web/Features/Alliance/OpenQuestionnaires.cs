namespace Samenspel.Web.Features.Alliance;

/// <summary>The questionnaires a signed-in person still has to fill in, for their home page: measurements whose day
/// has come, in which they have a seat (the policy decides for parents) and have not yet sent their answers. Only
/// a link per measurement is shown; the page behind it checks access again (audited).</summary>
public static class OpenQuestionnaires
{
    public sealed record Open(Guid MeasurementId, string YouthName, bool Started);

    public static async Task<IReadOnlyList<Open>> ForViewerAsync(SamenspelDb db, Viewer viewer, DateOnly today, CancellationToken ct)
    {
        var me = viewer.PersonId;
        // Start from the viewer's own youths or trajectories (indexed), not from every measurement that is due:
        // with 50,000 measurements the correlated form made the caseload take seconds (bench/README.md).
        var measurements = viewer.Kind switch
        {
            AccountKind.Youth => db.Measurements.Where(m => m.YouthId == me),
            AccountKind.Carer => db.Measurements.Where(m => db.CarerLinks.Where(l => l.CarerId == me).Select(l => l.YouthId).Contains(m.YouthId)),
            _ => db.Measurements.Where(m => db.MentoredBy(me).Select(c => c.TrajectoryId).Contains(m.TrajectoryId)),
        };
        measurements = measurements.AsNoTracking().Where(m => m.PlannedOn <= today
            && !db.Responses.Any(r => r.MeasurementId == m.Id && r.RespondentPersonId == me && r.Status == ResponseStatus.Completed));
        var candidates = await measurements.OrderBy(m => m.PlannedOn).Take(50)
            .Join(db.Youths, m => m.YouthId, y => y.Id, (m, y) => new { m.Id, y.GivenName, y.FamilyName })
            .ToListAsync(ct);
        var open = new List<Open>();
        foreach (var c in candidates)
        {
            if (await Seats.ForViewerAsync(db, viewer, c.Id, today, ct) is not { } seat) continue;
            var started = await db.Responses.AnyAsync(r => r.MeasurementId == c.Id && r.RespondentPersonId == me && r.FormId == seat.FormId, ct);
            open.Add(new Open(c.Id, $"{c.GivenName} {c.FamilyName}", started));
        }
        return open;
    }
}
