using Hl7.Fhir.Model;

namespace Samenspel.Web.Fhir;

/// <summary>Each <see cref="CarerLink"/> as a RelatedPerson of the youth. A link is part of the youth's register,
/// so it is shown only to whoever may read that youth's Register; contact details only to staff.</summary>
static class RelatedPersonEndpoints
{
    public static readonly SearchParameter[] Parameters =
    [
        new("patient", SearchParamType.Reference, "The youth: Patient/<id> or <id>.", "Patient"),
    ];

    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapGet("/RelatedPerson/{id}", ReadAsync).ForYouth(IdOf.CarerLink, DataCategory.Register);
        fhir.MapGet("/RelatedPerson", SearchAsync);
    }

    static async Task<IResult> ReadAsync(string id, HttpContext http, YouthAccess access, SamenspelDb db, CancellationToken ct)
    {
        var recordId = Guid.Parse(id); // checked by ForYouth
        var youthId = http.Grant().YouthId;
        var row = await Rows(db, db.CarerLinks.Where(l => l.Id == recordId)).SingleAsync(ct);
        var keeps = await access.KeepsRegisterAsync([youthId], ct);
        return FhirResults.Resource(FhirMapping.ToRelatedPerson(row, keeps.Contains(youthId)));
    }

    static async Task<IResult> SearchAsync(HttpRequest request, YouthAccess access, SamenspelDb db, CancellationToken ct)
    {
        if (FhirSearch.TryParse(request, Parameters, out var search) is { } error) return error;
        var youthIds = await access.ReadableYouthIdsAsync(FhirAccess.Only(search.Reference("patient")), search.Count, ct);
        var rows = await Rows(db, db.CarerLinks.Where(l => youthIds.Contains(l.YouthId))).ToListAsync(ct);
        var keeps = await access.KeepsRegisterAsync(youthIds, ct);
        return FhirResults.Searchset(request, rows
            .OrderBy(r => youthIds.IndexOf(r.YouthId)).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .Take(search.Count)
            .Select(Resource (r) => FhirMapping.ToRelatedPerson(r, keeps.Contains(r.YouthId))).ToList());
    }

    static IQueryable<RelatedPersonRow> Rows(SamenspelDb db, IQueryable<CarerLink> links) =>
        links.Join(db.Carers, l => l.CarerId, c => c.Id,
            (l, c) => new RelatedPersonRow(l.Id, l.YouthId, l.Position, l.CourtAppointed, c.Name, c.Email, c.Phone));
}
