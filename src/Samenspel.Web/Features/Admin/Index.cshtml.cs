namespace Samenspel.Web.Features.Admin;

/// <summary>The administrator's home: the organisation's register.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(SamenspelDb db, YouthAccess access) : PageModel
{
    public sealed record Row(Guid Id, string Name);

    public int TeamCount { get; private set; }
    public int StaffCount { get; private set; }
    public IReadOnlyList<Row> Youths { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var org = access.Viewer!.OrganisationId;
        TeamCount = await db.Teams.CountAsync(t => t.OrganisationId == org, ct);
        StaffCount = await db.Staff.CountAsync(s => s.OrganisationId == org, ct);
        var readable = await access.ReadableAsync(DataCategory.Register, take: 100, ct: ct);
        var ids = readable.Select(r => r.YouthId).ToList();
        Youths = await db.Youths.AsNoTracking().Where(y => ids.Contains(y.Id))
            .OrderBy(y => y.FamilyName).ThenBy(y => y.GivenName)
            .Select(y => new Row(y.Id, y.GivenName + " " + y.FamilyName)).ToListAsync(ct);
    }
}
