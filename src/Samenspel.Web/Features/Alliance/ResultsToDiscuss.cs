namespace Samenspel.Web.Features.Alliance;

/// <summary>Measurements whose results are ready for the feedback conversation: the youth has sent their answers and
/// no action from a conversation has been written down yet. For the caseload of the staff who hold that conversation;
/// the results page behind each link checks access again.</summary>
public static class ResultsToDiscuss
{
    public sealed record Ready(Guid MeasurementId, Guid YouthId, DateOnly PlannedOn);

    /// <param name="youthIds">youths whose alliance answers the viewer may write (the conversation is a write)</param>
    public static async Task<IReadOnlyList<Ready>> ForYouthsAsync(SamenspelDb db, IReadOnlyCollection<Guid> youthIds, CancellationToken ct) =>
        youthIds.Count == 0 ? [] :
        await db.Measurements.AsNoTracking()
            .Where(m => youthIds.Contains(m.YouthId)
                && db.Responses.Any(r => r.MeasurementId == m.Id && r.Respondent == Respondent.Youth && r.Status == ResponseStatus.Completed)
                && !db.AllianceActions.Any(a => a.MeasurementId == m.Id))
            .OrderBy(m => m.PlannedOn)
            .Select(m => new Ready(m.Id, m.YouthId, m.PlannedOn))
            .ToListAsync(ct);
}
