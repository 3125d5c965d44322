using Hl7.Fhir.Model;
using DataType = Hl7.Fhir.Model.DataType;
using FhirQuestionnaireResponse = Hl7.Fhir.Model.QuestionnaireResponse;

namespace Samenspel.Web.Fhir;

/// <summary>Every sent response of an alliance measurement (or another instrument) as a QuestionnaireResponse,
/// shown to whoever may read the youth's AllianceAnswers. A draft is not served: it is not a response yet.</summary>
static class QuestionnaireResponseEndpoints
{
    public const string CommentExtension = "https://samenspel.nl/fhir/StructureDefinition/comment";
    public const string OrdinalValueExtension = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    public static readonly SearchParameter[] Parameters =
    [
        new("subject", SearchParamType.Reference, "The youth: Patient/<id> or <id>.", "Patient"),
        new("questionnaire", SearchParamType.Uri, "The Questionnaire answered: its canonical url (with or without |version) or Questionnaire/<id>."),
    ];

    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapGet("/QuestionnaireResponse/{id}", ReadAsync).ForYouth(IdOf.Response, DataCategory.AllianceAnswers);
        fhir.MapGet("/QuestionnaireResponse", SearchAsync);
    }

    static async Task<IResult> ReadAsync(string id, HttpContext http, SamenspelDb db, CancellationToken ct)
    {
        var recordId = Guid.Parse(id); // checked by ForYouth
        var grant = http.Grant();
        var decision = grant[DataCategory.AllianceAnswers];
        var found = await LoadAsync(db, db.Responses.Where(r => r.Id == recordId), ct);
        Func<Guid, bool> shows = grant.ShowsMeasurement;
        // A response sent before a carer's dated authority (or not yet completed) is not shown.
        return found.SingleOrDefault(r => Shows(decision, shows, r.Response)) is { } row
            ? FhirResults.Resource(ToResource(row))
            : FhirResults.NotFound();
    }

    static async Task<IResult> SearchAsync(HttpRequest request, YouthAccess access, SamenspelDb db, CancellationToken ct)
    {
        if (FhirSearch.TryParse(request, Parameters, out var search) is { } error) return error;
        var youths = await access.ReadableAsync(DataCategory.AllianceAnswers, FhirAccess.Only(search.Reference("subject")), search.Count, ct);
        var ids = youths.Select(y => y.YouthId).ToList();
        var query = db.Responses.Where(r => ids.Contains(r.YouthId));
        if (search.String("questionnaire") is { } questionnaire)
        {
            var forms = db.QuestionnaireForms.AsQueryable();
            if (questionnaire.StartsWith("Questionnaire/", StringComparison.Ordinal))
                forms = FhirIds.TryParse(questionnaire["Questionnaire/".Length..], out var formId) ? forms.Where(f => f.Id == formId) : forms.Where(f => false);
            else
            {
                var (url, version) = questionnaire.Split('|', 2) is [var u, var v] ? (u, v) : (questionnaire, null);
                forms = forms.Where(f => f.Url == url);
                if (version is not null)
                    forms = forms.Join(db.InstrumentVersions.Where(v => v.Version == version), f => f.InstrumentVersionId, v => v.Id, (f, v) => f);
            }
            query = query.Where(r => forms.Any(f => f.Id == r.FormId));
        }
        var decisions = youths.ToDictionary(y => y.YouthId, y => y.Decision);
        var filters = new Dictionary<Guid, Func<Guid, bool>>();
        foreach (var (youthId, decision) in youths) filters[youthId] = await access.MeasurementFilterAsync(youthId, decision, ct);
        var rows = (await LoadAsync(db, query, ct))
            .Where(r => Shows(decisions[r.Response.YouthId], filters[r.Response.YouthId], r.Response))
            .OrderBy(r => ids.IndexOf(r.Response.YouthId)).ThenByDescending(r => r.Response.SubmittedAt)
            .Take(search.Count).ToList();
        return FhirResults.Searchset(request, rows.Select(Resource (r) => ToResource(r)).ToList());
    }

    /// <summary>Whether the decision shows a sent response: the policy's item rule (not sent before a carer's dated
    /// authority; another carer's answers never), and of a measurement the viewer may see (a supervisor sees only what
    /// was shared). The results pages apply the same rule.</summary>
    static bool Shows(AccessDecision decision, Func<Guid, bool> measurementShown, Response response) =>
        decision.Shows(response.AsItem()) && measurementShown(response.MeasurementId);

    /// <summary>A completed response with what the resource needs: its form's canonical and items, and for a
    /// parent the RelatedPerson (carer link) that authored it.</summary>
    sealed record Row(Response Response, string Canonical, IReadOnlyList<QuestionnaireItem> Items, Guid? CarerLinkId);

    static async Task<List<Row>> LoadAsync(SamenspelDb db, IQueryable<Response> responses, CancellationToken ct)
    {
        var list = await responses.AsNoTracking().Where(r => r.Status == ResponseStatus.Completed).Include(r => r.Answers).Take(FhirSearch.MaxCount * 5).ToListAsync(ct);
        var formIds = list.Select(r => r.FormId).Distinct().ToList();
        var forms = await db.QuestionnaireForms.AsNoTracking().Where(f => formIds.Contains(f.Id))
            .Join(db.InstrumentVersions, f => f.InstrumentVersionId, v => v.Id, (f, v) => new { f.Id, f.Url, v.Version })
            .ToDictionaryAsync(f => f.Id, ct);
        var items = (await db.QuestionnaireItems.AsNoTracking().Where(i => formIds.Contains(i.FormId)).OrderBy(i => i.Order).ToListAsync(ct))
            .ToLookup(i => i.FormId);
        var parents = list.Where(r => r.Respondent == Respondent.Parent).Select(r => (r.YouthId, r.RespondentPersonId)).ToList();
        var parentYouths = parents.Select(p => p.YouthId).Distinct().ToList();
        var links = await db.CarerLinks.AsNoTracking().Where(l => parentYouths.Contains(l.YouthId))
            .Select(l => new { l.Id, l.YouthId, l.CarerId }).ToListAsync(ct);
        return list.Select(r =>
        {
            var form = forms[r.FormId];
            var canonical = form.Url is null ? $"Questionnaire/{FhirIds.Format(r.FormId)}"
                : form.Version.Length > 0 ? $"{form.Url}|{form.Version}" : form.Url;
            var link = r.Respondent == Respondent.Parent ? links.FirstOrDefault(l => l.YouthId == r.YouthId && l.CarerId == r.RespondentPersonId)?.Id : null;
            return new Row(r, canonical, items[r.FormId].ToList(), link);
        }).ToList();
    }

    static FhirQuestionnaireResponse ToResource(Row row)
    {
        var r = row.Response;
        var resource = new FhirQuestionnaireResponse
        {
            Id = FhirIds.Format(r.Id),
            Identifier = new Identifier("urn:ietf:rfc:3986", $"urn:uuid:{r.SubmissionId:D}"),
            Questionnaire = row.Canonical,
            Status = FhirQuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = new ResourceReference($"Patient/{FhirIds.Format(r.YouthId)}"),
            Authored = r.SubmittedAt!.Value.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz"),
            Author = r.Respondent switch
            {
                Respondent.Youth => new ResourceReference($"Patient/{FhirIds.Format(r.RespondentPersonId)}"),
                Respondent.Mentor => new ResourceReference($"Practitioner/{FhirIds.Format(r.RespondentPersonId)}"),
                _ when row.CarerLinkId is { } link => new ResourceReference($"RelatedPerson/{FhirIds.Format(link)}"),
                _ => null,
            },
        };
        // Typed in from paper by a staff member: the respondent is still the source, the staff member the author.
        if (r.EnteredBy is { } staff)
        {
            resource.Source = resource.Author;
            resource.Author = new ResourceReference($"Practitioner/{FhirIds.Format(staff)}");
        }
        var answers = r.Answers.ToDictionary(a => a.LinkId, StringComparer.Ordinal);
        resource.Item = Items(null, row.Items, answers);
        return resource;
    }

    /// <summary>The items under <paramref name="parent"/> that hold an answer or a comment, with their groups, in the
    /// form's order.</summary>
    static List<FhirQuestionnaireResponse.ItemComponent> Items(string? parent, IReadOnlyList<QuestionnaireItem> items, Dictionary<string, ResponseAnswer> answers, int depth = 0)
    {
        var result = new List<FhirQuestionnaireResponse.ItemComponent>();
        if (depth > 64) return result;
        foreach (var item in items.Where(i => i.ParentLinkId == parent))
        {
            var component = new FhirQuestionnaireResponse.ItemComponent { LinkId = item.LinkId, Text = item.Text };
            if (answers.TryGetValue(item.LinkId, out var a))
            {
                if (Value(a) is { } value) component.Answer.Add(new FhirQuestionnaireResponse.AnswerComponent { Value = value });
                if (a.Comment is not null) component.Extension.Add(new Extension(CommentExtension, new FhirString(a.Comment)));
            }
            component.Item = Items(item.LinkId, items, answers, depth + 1);
            if (component.Answer.Count > 0 || component.Extension.Count > 0 || component.Item.Count > 0) result.Add(component);
        }
        return result;
    }

    static DataType? Value(ResponseAnswer a)
    {
        if (a.ValueCode is not null)
        {
            var coding = new Coding(a.ValueSystem, a.ValueCode, a.ValueDisplay);
            if (a.Ordinal is { } ordinal) coding.Extension.Add(new Extension(OrdinalValueExtension, new FhirDecimal(ordinal)));
            return coding;
        }
        if (a.ValueInteger is { } number) return new Integer(number);
        if (a.ValueBoolean is { } flag) return new FhirBoolean(flag);
        return a.ValueString is { } text ? new FhirString(text) : null;
    }
}
