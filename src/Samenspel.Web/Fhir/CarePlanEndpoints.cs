using Hl7.Fhir.Model;

namespace Samenspel.Web.Fhir;

/// <summary>Each plan version as a CarePlan, shown to whoever may read the youth's Plan.</summary>
static class CarePlanEndpoints
{
    public static readonly SearchParameter[] Parameters =
    [
        new("patient", SearchParamType.Reference, "The youth: Patient/<id> or <id>.", "Patient"),
        new("status", SearchParamType.Token, "active (the current version of a trajectory's plan) or revoked (an earlier version)."),
    ];

    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapGet("/CarePlan/{id}", ReadAsync).ForYouth(IdOf.Plan, DataCategory.Plan);
        fhir.MapGet("/CarePlan", SearchAsync);
    }

    static async Task<IResult> ReadAsync(string id, HttpContext http, SamenspelDb db, CancellationToken ct)
    {
        var recordId = Guid.Parse(id); // checked by ForYouth
        var grant = http.Grant();
        // A version made before a carer's dated authority is not shown, as on the plan pages.
        var plan = (await FhirPlans.LoadAsync(db, [(grant.YouthId, grant[DataCategory.Plan])], ct)).SingleOrDefault(p => p.Id == recordId);
        return plan is null ? FhirResults.NotFound() : FhirResults.Resource(FhirMapping.ToCarePlan(plan));
    }

    static async Task<IResult> SearchAsync(HttpRequest request, YouthAccess access, SamenspelDb db, CancellationToken ct)
    {
        if (FhirSearch.TryParse(request, Parameters, out var search) is { } error) return error;
        var youths = await access.ReadablePlansAsync(FhirAccess.Only(search.Reference("patient")), search.Count, ct);
        var order = youths.Select(y => y.YouthId).ToList();
        var status = search.String("status");
        return FhirResults.Searchset(request, (await FhirPlans.LoadAsync(db, youths, ct))
            .Where(p => status is null || status == (p.IsCurrent ? "active" : "revoked"))
            .OrderBy(p => order.IndexOf(p.YouthId)).ThenByDescending(p => p.CreatedAt)
            .Take(search.Count)
            .Select(Resource (p) => FhirMapping.ToCarePlan(p)).ToList());
    }
}
