using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Samenspel.Web.Instruments;

namespace Samenspel.Web.Fhir;

/// <summary>Instruments as FHIR Questionnaires: every respondent form of every version, as imported. Not youth data,
/// so any token holder reads the installation's and their own organisation's forms; only an administrator imports.</summary>
static class QuestionnaireEndpoints
{
    public static readonly SearchParameter[] Parameters =
    [
        new("url", SearchParamType.Uri, "The canonical url of the Questionnaire (exact match)."),
        new("title", SearchParamType.String, "Title: matches titles that contain the text, ignoring case."),
    ];

    static readonly FhirJsonDeserializer Parser = new();

    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapGet("/Questionnaire/{id}", ReadAsync);
        fhir.MapGet("/Questionnaire", SearchAsync);
        fhir.MapPost("/Questionnaire", CreateAsync).RequireAuthorization(Policies.Administrator);
    }

    static IQueryable<QuestionnaireForm> Visible(SamenspelDb db, Viewer? viewer) =>
        from f in db.QuestionnaireForms
        join v in db.InstrumentVersions on f.InstrumentVersionId equals v.Id
        join i in db.Instruments on v.InstrumentId equals i.Id
        where i.OrganisationId == null || i.OrganisationId == viewer!.OrganisationId
        select f;

    /// <summary>The file exactly as it was imported.</summary>
    static async Task<IResult> ReadAsync(string id, YouthAccess access, SamenspelDb db, CancellationToken ct)
    {
        if (!FhirIds.TryParse(id, out var formId)) return FhirResults.InvalidId(id);
        var json = await Visible(db, access.Viewer).Where(f => f.Id == formId).Select(f => f.Json).SingleOrDefaultAsync(ct);
        return json is null ? FhirResults.NotFound() : FhirResults.Json(json);
    }

    /// <summary>In a searchset each Questionnaire carries the server's id, so that its fullUrl reads it back.</summary>
    static async Task<IResult> SearchAsync(HttpRequest request, YouthAccess access, SamenspelDb db, CancellationToken ct)
    {
        if (FhirSearch.TryParse(request, Parameters, out var search) is { } error) return error;
        var query = Visible(db, access.Viewer);
        if (search.String("url") is { } url) query = query.Where(f => f.Url == url);
        if (search.String("title") is { } title)
        {
            var pattern = "%" + title.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(f => EF.Functions.Like(f.Title.ToLower(), pattern, "\\"));
        }
        var forms = await query.OrderBy(f => f.Title).ThenBy(f => f.Id).Take(search.Count).Select(f => new { f.Id, f.Json }).ToListAsync(ct);
        return FhirResults.Searchset(request, forms.Select(Resource (f) =>
        {
            var questionnaire = Parser.DeserializeResource(f.Json);
            questionnaire.Id = FhirIds.Format(f.Id);
            return questionnaire;
        }).ToList());
    }

    /// <summary>Imports the posted Questionnaire into the administrator's organisation: 201 with the stored file, or
    /// 400 with one issue per problem.</summary>
    static async Task<IResult> CreateAsync(HttpRequest request, YouthAccess access, SamenspelDb db, CancellationToken ct)
    {
        if (request.ContentType is not { } type || !(type.StartsWith("application/fhir+json", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)))
            return FhirResults.Outcome(StatusCodes.Status415UnsupportedMediaType, OperationOutcome.IssueType.NotSupported,
                "Send the Questionnaire as application/fhir+json.", "Stuur de vragenlijst als JSON (application/fhir+json).");
        if (request.ContentLength > QuestionnaireReader.MaxLength)
            return FhirResults.Rejected([new(null, "The file is larger than 5 MB.", "Het bestand is groter dan 5 MB.")]);
        using var reader = new StreamReader(request.Body);
        var buffer = new char[QuestionnaireReader.MaxLength + 1];
        var length = await reader.ReadBlockAsync(buffer, ct);
        var result = await InstrumentImport.ImportAsync(db, new string(buffer, 0, length), access.Viewer!.OrganisationId, ct);
        if (result.FormId is not { } id) return FhirResults.Rejected(result.Errors);
        var json = await db.QuestionnaireForms.Where(f => f.Id == id).Select(f => f.Json).SingleAsync(ct);
        return FhirResults.Json(json, StatusCodes.Status201Created, $"{FhirResults.BaseUrl(request)}Questionnaire/{FhirIds.Format(id)}");
    }
}
