using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;

namespace Samenspel.Web.Fhir;

/// <summary>The FHIR R4 API under <c>/fhir</c>: read and search, plus creating a Questionnaire (administrators).
/// Everything but the CapabilityStatement needs a bearer access token; see README.md in this folder for what the API
/// guarantees.</summary>
public static class FhirEndpoints
{
    /// <param name="Create">Whether <c>POST /fhir/{Type}</c> creates one (only administrators may).</param>
    public sealed record ResourceType(string Type, IReadOnlyList<SearchParameter> Parameters, Action<RouteGroupBuilder> Map, bool Create = false);

    /// <summary>The resource types served: routes, validation and the CapabilityStatement all come from this list.</summary>
    public static readonly IReadOnlyList<ResourceType> Resources =
    [
        new("Patient", PatientEndpoints.Parameters, PatientEndpoints.Map),
        new("RelatedPerson", RelatedPersonEndpoints.Parameters, RelatedPersonEndpoints.Map),
        new("Practitioner", PractitionerEndpoints.Parameters, PractitionerEndpoints.Map),
        new("CareTeam", CareTeamEndpoints.Parameters, CareTeamEndpoints.Map),
        new("CarePlan", CarePlanEndpoints.Parameters, CarePlanEndpoints.Map),
        new("Goal", GoalEndpoints.Parameters, GoalEndpoints.Map),
        new("Communication", CommunicationEndpoints.Parameters, CommunicationEndpoints.Map),
        new("CommunicationRequest", CommunicationEndpoints.Parameters, CommunicationEndpoints.MapRequests),
        new("Questionnaire", QuestionnaireEndpoints.Parameters, QuestionnaireEndpoints.Map, Create: true),
        new("QuestionnaireResponse", QuestionnaireResponseEndpoints.Parameters, QuestionnaireResponseEndpoints.Map),
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
    /// method the resource does not support.</summary>
    static IResult Unsupported(HttpContext http, string? path)
    {
        var parts = (path ?? "").Split('/');
        var type = parts[0];
        var resource = Resources.FirstOrDefault(r => r.Type == type);
        var known = type == "metadata" || resource is not null;
        if (known && !HttpMethods.IsGet(http.Request.Method))
        {
            var create = resource is { Create: true } && parts.Length == 1;
            http.Response.Headers.Allow = create ? "GET, POST" : "GET";
            return FhirResults.Outcome(StatusCodes.Status405MethodNotAllowed, IssueType.NotSupported,
                create ? $"{http.Request.Method} is not supported here; use GET to search or POST to create."
                    : $"{http.Request.Method} is not supported: this is read-only.",
                create ? "Hier kunt u alleen zoeken of een nieuwe toevoegen." : "Via deze koppeling kunt u dit alleen lezen.");
        }
        return known
            ? FhirResults.Outcome(StatusCodes.Status404NotFound, IssueType.NotSupported,
                $"The interaction '{FhirResults.Shorten(path!)}' is not supported; use read or search.", "Dit kan deze koppeling niet.")
            : FhirResults.Outcome(StatusCodes.Status404NotFound, IssueType.NotSupported,
                $"Unknown resource type '{FhirResults.Shorten(type)}'. Supported: {string.Join(", ", Resources.Select(r => r.Type))}.",
                "Dit soort gegevens kent deze koppeling niet.");
    }
}
