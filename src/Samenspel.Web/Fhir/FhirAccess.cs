namespace Samenspel.Web.Fhir;

/// <summary>How the FHIR endpoints ask <see cref="YouthAccess"/>: for the Register category (the youth's basic
/// information: Patient, RelatedPerson, Practitioner, CareTeam) or the Plan category (CarePlan, Goal).</summary>
static class FhirAccess
{
    /// <summary>
    /// Declares a read endpoint's youth data, as <see cref="YouthDataAttribute"/> does for a page: the route's
    /// <c>{id}</c> names a record of kind <paramref name="of"/>. The filter answers a bad id (400), an unknown record or
    /// a youth the caller has no relation with (404) and a refusal (403) as OperationOutcomes, decides and audits once
    /// (<see cref="YouthDataFilter.DecideAsync"/>), and hands the <see cref="YouthGrant"/> to the handler
    /// (<c>http.Grant()</c>).
    /// </summary>
    public static RouteHandlerBuilder ForYouth(this RouteHandlerBuilder endpoint, IdOf of, DataCategory category)
    {
        var ask = new YouthDataAttribute(category);
        return endpoint.WithMetadata(ask).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var raw = http.GetRouteValue("id") as string ?? "";
            if (!FhirIds.TryParse(raw, out var id)) return FhirResults.InvalidId(raw);
            var ct = http.RequestAborted;
            var youthId = await YouthDataFilter.YouthOfAsync(http.RequestServices.GetRequiredService<SamenspelDb>(), of, id, ct);
            if (youthId is null) return FhirResults.NotFound();
            var (grant, refusal) = await YouthDataFilter.DecideAsync(http.RequestServices.GetRequiredService<YouthAccess>(), youthId, [ask],
                isGet: true, of == IdOf.Youth ? null : new Audit.AuditObject(of.ToString(), id), ct);
            if (refusal is { } status) return status == StatusCodes.Status404NotFound ? FhirResults.NotFound() : FhirResults.Forbidden();
            http.Features.Set(grant);
            return await next(context);
        });
    }

    /// <summary>A staff member's work e-mail goes to staff callers only. It is not a youth's data, so the policy
    /// has no category for it.</summary>
    public static bool ViewerIsStaff(this YouthAccess access) => access.Viewer?.Kind == AccountKind.Staff;

    /// <summary>The youths among <paramref name="youthIds"/> whose register the caller keeps (may write): they see
    /// the carers' contact details, as on the youth's file. Not audited: the read of those carers already was.</summary>
    public static Task<IReadOnlySet<Guid>> KeepsRegisterAsync(this YouthAccess access, IReadOnlyCollection<Guid> youthIds, CancellationToken ct) =>
        access.MayManyAsync(youthIds, DataCategory.Register, AccessAction.Write, ct);

    /// <summary>The youths whose Register the caller may read, in the gate's order (by name), at most
    /// <paramref name="take"/>. The gate audits each of them as read.</summary>
    public static async Task<List<Guid>> ReadableYouthIdsAsync(this YouthAccess access,
        Func<IQueryable<Youth>, IQueryable<Youth>>? narrow, int take, CancellationToken ct) =>
        (await access.ReadableAsync(DataCategory.Register, narrow, take, ct)).Select(r => r.YouthId).ToList();

    /// <summary>The youths whose Plan the caller may read, with the decision for each, in the gate's order (by
    /// name), at most <paramref name="take"/>. The gate audits each of them as read.</summary>
    public static async Task<IReadOnlyList<(Guid YouthId, AccessDecision Decision)>> ReadablePlansAsync(this YouthAccess access,
        Func<IQueryable<Youth>, IQueryable<Youth>>? narrow, int take, CancellationToken ct) =>
        await access.ReadableAsync(DataCategory.Plan, narrow, take, ct);

    /// <summary>Narrows to one youth when a search names a patient.</summary>
    public static Func<IQueryable<Youth>, IQueryable<Youth>>? Only(Guid? patient) =>
        patient is { } id ? youths => youths.Where(y => y.Id == id) : null;
}
