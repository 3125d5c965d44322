using Hl7.Fhir.Model;

namespace Samenspel.Web.Fhir;

/// <summary>Staff members as Practitioners: those on the care team of a youth whose Register the caller may read,
/// and a staff caller themself. Anyone else answers 404, so the API is no staff directory.</summary>
static class PractitionerEndpoints
{
    /// <summary>The gate's own limit for lists; an administrator's whole organisation is not read for one search.</summary>
    const int YouthsConsidered = 500;

    public static readonly SearchParameter[] Parameters =
    [
        new("name", SearchParamType.String, "The start of the name or of a word in it; ignores case."),
    ];

    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapGet("/Practitioner/{id}", ReadAsync);
        fhir.MapGet("/Practitioner", SearchAsync);
    }

    static async Task<IResult> ReadAsync(string id, YouthAccess access, SamenspelDb db, CancellationToken ct)
    {
        if (!FhirIds.TryParse(id, out var staffId)) return FhirResults.InvalidId(id);
        if (!IsSelf(access, staffId))
        {
            // Visible through one readable youth whose care team they are on; that youth is audited as read.
            var theirYouths = db.CareTeamMembers.Where(m => m.StaffMemberId == staffId).Select(m => m.YouthId);
            if ((await access.ReadableYouthIdsAsync(youths => youths.Where(y => theirYouths.Contains(y.Id)), 1, ct)).Count == 0)
                return FhirResults.NotFound();
        }
        var row = await Rows(db.Staff.Where(s => s.Id == staffId)).SingleOrDefaultAsync(ct);
        return row is null ? FhirResults.NotFound() : FhirResults.Resource(FhirMapping.ToPractitioner(row, access.ViewerIsStaff()));
    }

    static async Task<IResult> SearchAsync(HttpRequest request, YouthAccess access, SamenspelDb db, CancellationToken ct)
    {
        if (FhirSearch.TryParse(request, Parameters, out var search) is { } error) return error;
        var name = search.String("name")?.ToLowerInvariant();
        var staff = db.Staff.AsQueryable();
        if (name is not null) staff = staff.Where(s => s.Name.ToLower().StartsWith(name) || s.Name.ToLower().Contains(" " + name));

        // Only youths with a matching member are read (and audited), not every youth the caller could read.
        var matchingMembers = db.CareTeamMembers.Where(m => staff.Any(s => s.Id == m.StaffMemberId));
        var youthIds = await access.ReadableYouthIdsAsync(youths => youths.Where(y => matchingMembers.Any(m => m.YouthId == y.Id)), YouthsConsidered, ct);
        var staffIds = await db.CareTeamMembers.Where(m => youthIds.Contains(m.YouthId)).Select(m => m.StaffMemberId).Distinct().ToListAsync(ct);
        if (access.Viewer is { Kind: AccountKind.Staff } viewer) staffIds.Add(viewer.PersonId);

        var rows = await Rows(staff.Where(s => staffIds.Contains(s.Id))).ToListAsync(ct);
        var withTelecom = access.ViewerIsStaff();
        return FhirResults.Searchset(request, rows
            .OrderBy(r => r.Name, StringComparer.CurrentCulture).Take(search.Count)
            .Select(Resource (r) => FhirMapping.ToPractitioner(r, withTelecom)).ToList());
    }

    static bool IsSelf(YouthAccess access, Guid staffId) => access.Viewer is { Kind: AccountKind.Staff } viewer && viewer.PersonId == staffId;

    static IQueryable<PractitionerRow> Rows(IQueryable<StaffMember> staff) =>
        staff.Select(s => new PractitionerRow(s.Id, s.Name, s.Email));
}
