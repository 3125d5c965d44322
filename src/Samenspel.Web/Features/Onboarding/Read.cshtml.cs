namespace Samenspel.Web.Features.Onboarding;

/// <summary>A recipient reads the start information and confirms it. Only the people it was sent to can open it,
/// and only while the policy lets them read the youth's register; confirming twice keeps the first confirmation.</summary>
[YouthFrom(nameof(Id), IdOf.StartInformation)]
[YouthData(DataCategory.Register)]
public sealed class ReadModel(SamenspelDb db, TimeProvider clock) : PageModel
{
    public sealed record Info(string YouthGivenName, string Team, DateOnly StartDate, string? MentorName, string? MentorEmail, string? Practical, DateOnly ConfirmBy);

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public Info Start { get; private set; } = null!;
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public bool IsYouth { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var userId = Viewer.From(User)!.UserId;
        var recipient = await db.StartRecipients.SingleAsync(r => r.StartInformationId == Id && r.UserId == userId, ct);
        if (recipient.ConfirmedAt is null)
        {
            recipient.ConfirmedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        return RedirectToPage(new { id = Id });
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var viewer = Viewer.From(User);
        if (viewer is null) return NotFound();
        var mine = await db.StartRecipients.AsNoTracking().Where(r => r.StartInformationId == Id && r.UserId == viewer.UserId)
            .Select(r => new { r.YouthId, r.ConfirmedAt }).SingleOrDefaultAsync(ct);
        if (mine is null) return NotFound();
        ConfirmedAt = mine.ConfirmedAt;
        IsYouth = viewer.Kind == AccountKind.Youth;
        Start = await db.StartInformation.AsNoTracking().Where(s => s.Id == Id)
            .Join(db.Trajectories, s => s.TrajectoryId, x => x.Id, (s, x) => new { s, x })
            .Join(db.Teams, sx => sx.x.TeamId, team => team.Id, (sx, team) => new { sx.s, sx.x, Team = team.Name })
            .Join(db.Youths, a => a.s.YouthId, y => y.Id, (a, y) => new Info(
                y.GivenName, a.Team, a.x.StartDate,
                db.Mentors().Where(m => m.TrajectoryId == a.x.Id).Select(m => m.Staff.Name).FirstOrDefault(),
                db.Mentors().Where(m => m.TrajectoryId == a.x.Id).Select(m => m.Staff.Email).FirstOrDefault(),
                a.s.Practical, a.s.ConfirmBy))
            .SingleAsync(ct);
        return null;
    }
}
