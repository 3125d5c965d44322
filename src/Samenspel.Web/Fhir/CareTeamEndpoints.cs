using Hl7.Fhir.Model;

namespace Samenspel.Web.Fhir;

/// <summary>Each <see cref="Trajectory"/> as the CareTeam of its youth, shown to whoever may read the youth's Register.</summary>
static class CareTeamEndpoints
{
    public static readonly SearchParameter[] Parameters =
    [
        new("patient", SearchParamType.Reference, "The youth: Patient/<id> or <id>.", "Patient"),
    ];

    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapGet("/CareTeam/{id}", ReadAsync).ForYouth(IdOf.Trajectory, DataCategory.Register);
        fhir.MapGet("/CareTeam", SearchAsync);
    }

    static async Task<IResult> ReadAsync(string id, SamenspelDb db, TimeProvider clock, CancellationToken ct)
    {
        var recordId = Guid.Parse(id); // checked by ForYouth
        var row = (await RowsAsync(db, db.Trajectories.Where(t => t.Id == recordId), ct)).Single();
        return FhirResults.Resource(FhirMapping.ToCareTeam(row, Today(clock)));
    }

    static async Task<IResult> SearchAsync(HttpRequest request, YouthAccess access, SamenspelDb db, TimeProvider clock, CancellationToken ct)
    {
        if (FhirSearch.TryParse(request, Parameters, out var search) is { } error) return error;
        var youthIds = await access.ReadableYouthIdsAsync(FhirAccess.Only(search.Reference("patient")), search.Count, ct);
        var rows = await RowsAsync(db, db.Trajectories.Where(t => youthIds.Contains(t.YouthId)), ct);
        var today = Today(clock);
        return FhirResults.Searchset(request, rows
            .OrderBy(r => youthIds.IndexOf(r.YouthId)).ThenByDescending(r => r.StartDate)
            .Take(search.Count)
            .Select(Resource (r) => FhirMapping.ToCareTeam(r, today)).ToList());
    }

    static async Task<List<CareTeamRow>> RowsAsync(SamenspelDb db, IQueryable<Trajectory> trajectories, CancellationToken ct)
    {
        var teams = await trajectories.Select(t => new { t.Id, t.YouthId, t.StartDate, t.ExpectedEndDate }).ToListAsync(ct);
        var ids = teams.Select(t => t.Id).ToList();
        var members = await db.CareTeamMembers.Where(m => ids.Contains(m.TrajectoryId))
            .Join(db.Staff, m => m.StaffMemberId, s => s.Id, (m, s) => new { m.TrajectoryId, s.Id, s.Name, m.Role })
            .ToListAsync(ct);
        return teams.Select(t => new CareTeamRow(t.Id, t.YouthId, t.StartDate, t.ExpectedEndDate,
            members.Where(m => m.TrajectoryId == t.Id).Select(m => new CareTeamMemberRow(m.Id, m.Name, m.Role)).ToList())).ToList();
    }

    static DateOnly Today(TimeProvider clock) => clock.DutchToday();
}
