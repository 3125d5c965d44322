using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.AspNetCore.Http.Extensions;

namespace Samenspel.Web.Fhir;

/// <summary>Every answer of the FHIR API is made here: resources, searchset bundles and the OperationOutcomes
/// for errors, all as <c>application/fhir+json</c>.</summary>
public static class FhirResults
{
    public const string ContentType = "application/fhir+json; charset=utf-8";

    /// <summary>Serialises now, inside the endpoint, so that a failure is still caught by the API's error filter.</summary>
    public static IResult Resource(Resource resource, int status = StatusCodes.Status200OK) =>
        Results.Text(resource.ToJson(), ContentType, statusCode: status);

    /// <summary>A stored resource as it is, for example a Questionnaire exactly as it was imported.</summary>
    public static IResult Json(string json, int status = StatusCodes.Status200OK, string? location = null) =>
        location is null ? Results.Text(json, ContentType, statusCode: status) : new StoredWithLocation(json, status, location);

    sealed class StoredWithLocation(string json, int status, string location) : IResult
    {
        public System.Threading.Tasks.Task ExecuteAsync(HttpContext http)
        {
            http.Response.Headers.Location = location;
            return Results.Text(json, ContentType, statusCode: status).ExecuteAsync(http);
        }
    }

    /// <summary>A refused import: one issue per problem, each naming the item (its linkId) in <c>expression</c>.</summary>
    public static IResult Rejected(IEnumerable<Instruments.ImportError> errors) =>
        Resource(new OperationOutcome
        {
            Issue = errors.Select(e => new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Error,
                Code = OperationOutcome.IssueType.Invalid,
                Diagnostics = e.English,
                Details = new CodeableConcept { Text = e.Dutch },
                Expression = e.LinkId is null ? [] : [$"Questionnaire.repeat(item).where(linkId = '{e.LinkId.Replace("\\", "\\\\").Replace("'", "\\'")}')"],
            }).ToList(),
        }, StatusCodes.Status400BadRequest);

    /// <summary>The one place where API errors become OperationOutcomes: English diagnostics for developers and
    /// plain Dutch in <c>details.text</c> for people.</summary>
    public static IResult Outcome(int status, OperationOutcome.IssueType code, string diagnostics, string dutch) =>
        Resource(new OperationOutcome
        {
            Issue =
            [
                new OperationOutcome.IssueComponent
                {
                    Severity = OperationOutcome.IssueSeverity.Error,
                    Code = code,
                    Diagnostics = diagnostics,
                    Details = new CodeableConcept { Text = dutch },
                },
            ],
        }, status);

    /// <summary>The same answer whether the resource does not exist or the caller has no relation to it, so that a
    /// refusal does not confirm that it exists.</summary>
    public static IResult NotFound() => Outcome(StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotFound,
        "The resource was not found.", "Niet gevonden. Het bestaat niet, of u mag het niet zien.");

    public static IResult Forbidden() => Outcome(StatusCodes.Status403Forbidden, OperationOutcome.IssueType.Forbidden,
        "You may not read this resource.", "U mag deze gegevens niet bekijken.");

    public static IResult InvalidId(string id) => Outcome(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Invalid,
        $"'{Shorten(id)}' is not a valid id: ids are GUIDs.", "Dit is geen geldig id.");

    public static IResult Invalid(string diagnostics, string dutch) =>
        Outcome(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Invalid, diagnostics, dutch);

    /// <summary>A searchset with every match in one page; <paramref name="resources"/> holds only what the caller
    /// may read.</summary>
    public static IResult Searchset(HttpRequest request, IReadOnlyCollection<Resource> resources)
    {
        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Searchset,
            Total = resources.Count,
            Link = [new Bundle.LinkComponent { Relation = "self", Url = request.GetEncodedUrl() }],
        };
        var baseUrl = BaseUrl(request);
        foreach (var resource in resources)
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{baseUrl}{resource.TypeName}/{resource.Id}",
                Resource = resource,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        return Resource(bundle);
    }

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/fhir/";

    /// <summary>Client input is echoed back only briefly.</summary>
    internal static string Shorten(string value) => value.Length <= 64 ? value : value[..64] + "…";
}
