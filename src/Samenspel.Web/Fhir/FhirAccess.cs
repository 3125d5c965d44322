using Samenspel.Domain.Access;
using Samenspel.Web.Access;
using Samenspel.Web.Data;

namespace Samenspel.Web.Fhir;

/// <summary>How the FHIR endpoints ask <see cref="YouthAccess"/>: for the Register category (the youth's basic
/// information: Patient, RelatedPerson, Practitioner, CareTeam) or the Plan category (CarePlan, Goal).</summary>
static class FhirAccess
{
    /// <summary>A staff member's work e-mail goes to staff callers only. It is not a youth's data, so the policy
    /// has no category for it.</summary>
    public static bool ViewerIsStaff(this YouthAccess access) => access.Viewer?.Kind == AccountKind.Staff;

    /// <summary>The youths among <paramref name="youthIds"/> whose register the caller keeps (may write): they see
    /// the carers' contact details, as on the youth's file. Not audited: the read of those carers already was.</summary>
    public static Task<IReadOnlySet<Guid>> KeepsRegisterAsync(this YouthAccess access, IReadOnlyCollection<Guid> youthIds, CancellationToken ct) =>
        access.MayManyAsync(youthIds, DataCategory.Register, AccessAction.Write, ct);

    /// <summary>Checks (and audits) reading one youth's Register: null when allowed, otherwise the 404 or 403 answer.</summary>
    public static async Task<IResult?> RefusalAsync(this YouthAccess access, Guid youthId, CancellationToken ct) =>
        FhirResults.Refusal(await access.CheckAsync(youthId, DataCategory.Register, AccessAction.Read, ct));

    /// <summary>The youths whose Register the caller may read, in the gate's order (by name), at most
    /// <paramref name="take"/>. The gate audits each of them as read.</summary>
    public static async Task<List<Guid>> ReadableYouthIdsAsync(this YouthAccess access,
        Func<IQueryable<Youth>, IQueryable<Youth>>? narrow, int take, CancellationToken ct) =>
        (await access.ReadableAsync(DataCategory.Register, narrow, take, ct)).Select(r => r.YouthId).ToList();

    /// <summary>Checks (and audits) reading one youth's Plan. When allowed, the decision says which earlier plan
    /// versions and scores the caller sees (dated authority); otherwise the refusal is the 404 or 403 answer.</summary>
    public static async Task<(IResult? Refusal, AccessDecision Decision)> PlanAsync(this YouthAccess access, Guid youthId, CancellationToken ct)
    {
        var check = await access.CheckAsync(youthId, DataCategory.Plan, AccessAction.Read, ct);
        return (FhirResults.Refusal(check), check.Decision);
    }

    /// <summary>The youths whose Plan the caller may read, with the decision for each, in the gate's order (by
    /// name), at most <paramref name="take"/>. The gate audits each of them as read.</summary>
    public static async Task<IReadOnlyList<(Guid YouthId, AccessDecision Decision)>> ReadablePlansAsync(this YouthAccess access,
        Func<IQueryable<Youth>, IQueryable<Youth>>? narrow, int take, CancellationToken ct) =>
        await access.ReadableAsync(DataCategory.Plan, narrow, take, ct);

    /// <summary>Narrows to one youth when a search names a patient.</summary>
    public static Func<IQueryable<Youth>, IQueryable<Youth>>? Only(Guid? patient) =>
        patient is { } id ? youths => youths.Where(y => y.Id == id) : null;
}
