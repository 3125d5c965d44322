using Hl7.Fhir.Model;

namespace Samenspel.Web.Fhir;

/// <summary>Each goal of each plan version as a Goal with its GAS levels and scores, shown to whoever may read the
/// youth's Plan.</summary>
static class GoalEndpoints
{
    public static readonly SearchParameter[] Parameters =
    [
        new("patient", SearchParamType.Reference, "The youth: Patient/<id> or <id>.", "Patient"),
        new("lifecycle-status", SearchParamType.Token, "active (a goal of the current plan version) or cancelled (of an earlier version)."),
    ];

    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapGet("/Goal/{id}", ReadAsync).ForYouth(IdOf.Goal, DataCategory.Plan);
        fhir.MapGet("/Goal", SearchAsync);
    }

    static async Task<IResult> ReadAsync(string id, HttpContext http, SamenspelDb db, CancellationToken ct)
    {
        var recordId = Guid.Parse(id); // checked by ForYouth
        var grant = http.Grant();
        // A goal of a version made before a carer's dated authority is not shown, as on the plan pages.
        var found = (await FhirPlans.LoadAsync(db, [(grant.YouthId, grant[DataCategory.Plan])], ct))
            .SelectMany(p => p.Goals.Select(g => (Goal: g, Plan: p))).SingleOrDefault(x => x.Goal.Id == recordId);
        return found.Goal is null ? FhirResults.NotFound() : FhirResults.Resource(FhirMapping.ToGoal(found.Goal, found.Plan));
    }

    static async Task<IResult> SearchAsync(HttpRequest request, YouthAccess access, SamenspelDb db, CancellationToken ct)
    {
        if (FhirSearch.TryParse(request, Parameters, out var search) is { } error) return error;
        var youths = await access.ReadablePlansAsync(FhirAccess.Only(search.Reference("patient")), search.Count, ct);
        var order = youths.Select(y => y.YouthId).ToList();
        var status = search.String("lifecycle-status");
        return FhirResults.Searchset(request, (await FhirPlans.LoadAsync(db, youths, ct))
            .Where(p => status is null || status == (p.IsCurrent ? "active" : "cancelled"))
            .OrderBy(p => order.IndexOf(p.YouthId)).ThenByDescending(p => p.CreatedAt)
            .SelectMany(p => p.Goals.Select(Resource (g) => FhirMapping.ToGoal(g, p)))
            .Take(search.Count)
            .ToList());
    }
}
