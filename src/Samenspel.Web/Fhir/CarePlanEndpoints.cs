using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Access;
using Samenspel.Web.Data;

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
        fhir.MapGet("/CarePlan/{id}", ReadAsync);
        fhir.MapGet("/CarePlan", SearchAsync);
    }

    static async Task<IResult> ReadAsync(string id, YouthAccess access, SamenspelDb db, CancellationToken ct)
    {
        if (!FhirIds.TryParse(id, out var planId)) return FhirResults.InvalidId(id);
        var youthId = await db.Plans.Where(p => p.Id == planId).Select(p => (Guid?)p.YouthId).SingleOrDefaultAsync(ct);
        if (youthId is null) return FhirResults.NotFound();
        var (refusal, decision) = await access.PlanAsync(youthId.Value, ct);
        if (refusal is not null) return refusal;
        // A version made before a carer's dated authority is not shown, as on the plan pages.
        var plan = (await FhirPlans.LoadAsync(db, [(youthId.Value, decision)], ct)).SingleOrDefault(p => p.Id == planId);
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
