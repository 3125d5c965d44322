namespace Samenspel.Web.Features.Emergency;

/// <summary>Break-glass, step one: a professional looks up a youth of their own organisation who is not on their
/// caseload, by name. Only a few matches are shown (name and birth date), and every youth shown is audited as found
/// in a search (NEN 7513 logs searches), so that the privacy officer and the youth can see it.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(SamenspelDb db) : PageModel
{
    public const int MaxResults = 10;
    public const int MinSearchLength = 2;

    public sealed record Result(Guid Id, string Name, DateOnly BirthDate);

    [BindProperty(SupportsGet = true)] public string? Name { get; set; }
    public IReadOnlyList<Result>? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var term = Name?.Trim().ToLower();
        if (term is null || term.Length < MinSearchLength) return;
        var org = Viewer.From(User)!.OrganisationId;
        Results = await db.Youths.AsNoTracking()
            .Where(y => y.OrganisationId == org && (y.GivenName + " " + y.FamilyName).ToLower().Contains(term))
            .OrderBy(y => y.FamilyName).ThenBy(y => y.GivenName).Take(MaxResults)
            .Select(y => new Result(y.Id, y.GivenName + " " + y.FamilyName, y.BirthDate)).ToListAsync(ct);
        // The search term itself is not stored: it may be a name, and audit rows carry no content.
        foreach (var r in Results)
            db.Audit(SearchEventType, AuditAction.Read, AuditOutcome.Success, youthId: r.Id, objectType: nameof(Youth), objectId: r.Id.ToString());
        await db.SaveChangesAsync(ct);
    }

    public const string SearchEventType = "search";
}
