using Samenspel.Domain.Scheduling;
using Samenspel.Web.Features.Contacts;
using Samenspel.Web.Features.Evaluations;

namespace Samenspel.Web.Features.Team;

/// <summary>A team lead's home: who the team works with. Never a ranking of staff.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(SamenspelDb db, YouthAccess access, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, string Name, string? Mentor, TrajectoryType Type, DateOnly ExpectedEnd);

    public string TeamName { get; private set; } = "";
    public int MentorCount { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlySet<Guid> EvaluationOverdue { get; private set; } = new HashSet<Guid>();
    /// <summary>The most urgent contact rhythm state per youth, only when due or overdue.</summary>
    public IReadOnlyDictionary<Guid, ContactState> ContactStates { get; private set; } = new Dictionary<Guid, ContactState>();
    public int ContactOverdue { get; private set; }
    public int ContactDue { get; private set; }
    public IReadOnlySet<Guid> NoParentContact { get; private set; } = new HashSet<Guid>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (access.Viewer?.TeamId is not { } teamId) return RedirectToPage("/Index");
        TeamName = await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).SingleAsync(ct);
        var readable = await access.ReadableAsync(DataCategory.Register,
            q => q.Where(y => db.Trajectories.Any(t => t.YouthId == y.Id && t.TeamId == teamId)), ct: ct);
        var ids = readable.Select(r => r.YouthId).ToList();
        Rows = await db.Trajectories.AsNoTracking()
            .Where(t => t.TeamId == teamId && ids.Contains(t.YouthId))
            .Join(db.Youths, t => t.YouthId, y => y.Id, (t, y) => new { t, y })
            .OrderBy(x => x.y.FamilyName).ThenBy(x => x.y.GivenName)
            .Select(x => new Row(
                x.y.Id, x.y.GivenName + " " + x.y.FamilyName,
                db.Mentors().Where(m => m.TrajectoryId == x.t.Id).Select(m => m.Staff.Name).FirstOrDefault(),
                x.t.Type, x.t.ExpectedEndDate))
            .ToListAsync(ct);
        MentorCount = Rows.Select(r => r.Mentor).Where(m => m is not null).Distinct().Count();
        // Whether an evaluation is late follows from the trajectory's dates, which are register data the team lead may
        // read; what an evaluation says is plan data, which stays with the care team.
        var today = clock.DutchToday();
        EvaluationOverdue = await EvaluationStatus.OverdueAsync(db, ids, today, ct);
        // The same holds for the contact rhythm: the team lead sees whether contact is late (a state and counts from
        // dates), never with whom, how, why or what was said; that is contact-log data for the care team
        // (Features/Contacts/README.md).
        var rhythms = await ContactStatus.RhythmsAsync(db, ids, today, ct);
        ContactOverdue = rhythms.Count(r => r.State == ContactState.Overdue);
        ContactDue = rhythms.Count(r => r.State == ContactState.Due);
        ContactStates = rhythms.Where(r => r.State != ContactState.OnTime).GroupBy(r => r.YouthId).ToDictionary(g => g.Key, g => g.Max(r => r.State));
        NoParentContact = (await ContactStatus.WithoutParentContactAsync(db, ids, today, ct)).Select(r => r.YouthId).ToHashSet();
        return Page();
    }
}
