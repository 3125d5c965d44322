using Hl7.Fhir.Model;

namespace Samenspel.Web.Fhir;

/// <summary>Youths as FHIR Patients. Every read goes through <see cref="YouthAccess"/> (category Register).</summary>
static class PatientEndpoints
{
    public static readonly SearchParameter[] Parameters =
    [
        new("name", SearchParamType.String, "The start of the given name, the family name (or a word in it) or the full name; ignores case."),
        new("birthdate", SearchParamType.Date, "Date of birth: YYYY, YYYY-MM or YYYY-MM-DD, optionally prefixed with eq, ne, lt, le, gt or ge."),
    ];

    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapGet("/Patient/{id}", ReadAsync).ForYouth(IdOf.Youth, DataCategory.Register);
        fhir.MapGet("/Patient", SearchAsync);
    }

    static async Task<IResult> ReadAsync(string id, SamenspelDb db, CancellationToken ct)
    {
        var recordId = Guid.Parse(id); // checked by ForYouth
        var row = await Rows(db, db.Youths.Where(y => y.Id == recordId)).SingleAsync(ct);
        return FhirResults.Resource(FhirMapping.ToPatient(row));
    }

    static async Task<IResult> SearchAsync(HttpRequest request, YouthAccess access, SamenspelDb db, CancellationToken ct)
    {
        if (FhirSearch.TryParse(request, Parameters, out var search) is { } error) return error;
        var ids = await access.ReadableYouthIdsAsync(youths => Narrow(youths, search), search.Count, ct);
        var rows = await Rows(db, db.Youths.Where(y => ids.Contains(y.Id))).ToDictionaryAsync(r => r.Id, ct);
        return FhirResults.Searchset(request, ids.Where(rows.ContainsKey).Select(Resource (id) => FhirMapping.ToPatient(rows[id])).ToList());
    }

    static IQueryable<Youth> Narrow(IQueryable<Youth> youths, FhirSearch search)
    {
        if (search.String("name") is { } name)
        {
            var n = name.ToLowerInvariant();
            youths = youths.Where(y => y.GivenName.ToLower().StartsWith(n) || y.FamilyName.ToLower().StartsWith(n)
                || y.FamilyName.ToLower().Contains(" " + n) || (y.GivenName + " " + y.FamilyName).ToLower().StartsWith(n));
        }
        if (search.Date("birthdate") is { } date)
            youths = date.Prefix switch
            {
                "ne" => youths.Where(y => y.BirthDate < date.Start || y.BirthDate > date.End),
                "lt" => youths.Where(y => y.BirthDate < date.Start),
                "le" => youths.Where(y => y.BirthDate <= date.End),
                "gt" => youths.Where(y => y.BirthDate > date.End),
                "ge" => youths.Where(y => y.BirthDate >= date.Start),
                _ => youths.Where(y => y.BirthDate >= date.Start && y.BirthDate <= date.End),
            };
        return youths;
    }

    static IQueryable<PatientRow> Rows(SamenspelDb db, IQueryable<Youth> youths) =>
        youths.Select(y => new PatientRow(y.Id, y.GivenName, y.FamilyName, y.BirthDate, y.OrganisationId,
            db.Organisations.Where(o => o.Id == y.OrganisationId).Select(o => o.Name).FirstOrDefault()));
}
