using Samenspel.Web.Access;
using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;

namespace Samenspel.Web.Fhir;

/// <summary>The read-only FHIR R4 API under <c>/fhir</c>. Everything but the CapabilityStatement needs a bearer
/// access token; see README.md in this folder for what the API guarantees.</summary>
public static class FhirEndpoints
{
    public sealed record ResourceType(string Type, IReadOnlyList<SearchParameter> Parameters, Action<RouteGroupBuilder> Map);

    /// <summary>The resource types served: routes, validation and the CapabilityStatement all come from this list.</summary>
    public static readonly IReadOnlyList<ResourceType> Resources =
    [
        new("Patient", PatientEndpoints.Parameters, PatientEndpoints.Map),
        new("RelatedPerson", RelatedPersonEndpoints.Parameters, RelatedPersonEndpoints.Map),
        new("Practitioner", PractitionerEndpoints.Parameters, PractitionerEndpoints.Map),
        new("CareTeam", CareTeamEndpoints.Parameters, CareTeamEndpoints.Map),
        new("CarePlan", CarePlanEndpoints.Parameters, CarePlanEndpoints.Map),
        new("Goal", GoalEndpoints.Parameters, GoalEndpoints.Map),
    ];

    public static void MapFhir(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup("/fhir")
            .RequireAuthorization(Policies.Fhir)
            .AddEndpointFilter(AnswerUnhandledErrors);
        fhir.MapGet("/metadata", FhirCapabilities.Get).AllowAnonymous();
        foreach (var resource in Resources) resource.Map(fhir);
        fhir.Map("/{**path}", Unsupported);
    }

    /// <summary>The one place where a bug under /fhir becomes a 500 OperationOutcome: logged with the trace id,
    /// answered without exception text or stack trace.</summary>
    static async ValueTask<object?> AnswerUnhandledErrors(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (!context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            var http = context.HttpContext;
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FhirEndpoints))
                .LogError(e, "FHIR {Method} {Path} failed; trace id {TraceId}", http.Request.Method, http.Request.Path, http.TraceIdentifier);
            return FhirResults.Outcome(StatusCodes.Status500InternalServerError, IssueType.Exception,
                $"An unexpected error occurred; it has been logged with trace id {http.TraceIdentifier}.",
                "Er ging bij ons iets mis. Probeer het later nog eens.");
        }
    }

    /// <summary>Anything under /fhir that no endpoint serves: another resource type, another interaction, or a
    /// method other than GET.</summary>
    static IResult Unsupported(HttpContext http, string? path)
    {
        var type = (path ?? "").Split('/')[0];
        var known = type == "metadata" || Resources.Any(r => r.Type == type);
        if (known && !HttpMethods.IsGet(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET";
            return FhirResults.Outcome(StatusCodes.Status405MethodNotAllowed, IssueType.NotSupported,
                $"{http.Request.Method} is not supported: this API is read-only.", "Via deze koppeling kunt u alleen gegevens lezen.");
        }
        return known
            ? FhirResults.Outcome(StatusCodes.Status404NotFound, IssueType.NotSupported,
                $"The interaction '{FhirResults.Shorten(path!)}' is not supported; use read or search.", "Dit kan deze koppeling niet.")
            : FhirResults.Outcome(StatusCodes.Status404NotFound, IssueType.NotSupported,
                $"Unknown resource type '{FhirResults.Shorten(type)}'. Supported: {string.Join(", ", Resources.Select(r => r.Type))}.",
                "Dit soort gegevens kent deze koppeling niet.");
    }
}
