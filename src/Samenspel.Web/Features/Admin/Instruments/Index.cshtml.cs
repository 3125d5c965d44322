namespace Samenspel.Web.Features.Admin.Instruments;

/// <summary>The instruments an administrator's organisation can use: shipped ones and its own, with their versions.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(SamenspelDb db) : PageModel
{
    public sealed record Form(Guid Id, Respondent Respondent, string Title, int Questions);
    public sealed record Version(string Number, DateTimeOffset ImportedAt, IReadOnlyList<Form> Forms);
    public sealed record Row(string Title, bool Shipped, bool? Validated, string? Licence, string? Source, IReadOnlyList<Version> Versions);

    public IReadOnlyList<Row> Instruments { get; private set; } = [];
    public Guid? Added { get; private set; }

    public async Task OnGetAsync(Guid? added, CancellationToken ct)
    {
        Added = added;
        var org = Viewer.From(User)!.OrganisationId;
        Instruments = await db.Instruments.AsNoTracking()
            .Where(i => i.OrganisationId == null || i.OrganisationId == org)
            .OrderBy(i => i.Title)
            .Select(i => new Row(i.Title, i.OrganisationId == null, i.Validated, i.Licence, i.Source,
                i.Versions.OrderByDescending(v => v.ImportedAt).Select(v => new Version(v.Version, v.ImportedAt,
                    v.Forms.OrderBy(f => f.Respondent).Select(f => new Form(f.Id, f.Respondent, f.Title,
                        f.Items.Count(x => x.Type != "group" && x.Type != "display"))).ToList())).ToList()))
            .ToListAsync(ct);
    }
}
