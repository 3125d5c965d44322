namespace Samenspel.Web.Features.Plan;

/// <summary>Records what was weighed, following the steps of deciding together, and what each party thinks. Like a
/// goal change, a change after someone answered goes into a new version.</summary>
[YouthData(DataCategory.Plan)]
[YouthData(DataCategory.Plan, AccessAction.Write)]
public sealed class DescribeModel(SamenspelDb db, TimeProvider clock) : PageModel
{
    const string TooLong = "Deze tekst is te lang (maximaal 4000 tekens).";

    public sealed class InputModel
    {
        [StringLength(4000, ErrorMessage = TooLong)] public string? Considerations { get; set; }
        [StringLength(4000, ErrorMessage = TooLong)] public string? YouthView { get; set; }
        [StringLength(4000, ErrorMessage = TooLong)] public string? CarersView { get; set; }
        [StringLength(4000, ErrorMessage = TooLong)] public string? TeamView { get; set; }
    }

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public string YouthName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await CheckAsync(ct) is { } refused) return refused;
        var trajectory = await PlanReader.CurrentTrajectoryAsync(db, YouthId, ct);
        if (trajectory is null) return NotFound();
        var plan = await db.Plans.AsNoTracking().Where(p => p.TrajectoryId == trajectory.Id).OrderByDescending(p => p.Version)
            .Select(p => new InputModel { Considerations = p.Considerations, YouthView = p.YouthView, CarersView = p.CarersView, TeamView = p.TeamView })
            .FirstOrDefaultAsync(ct);
        Input = plan ?? new InputModel();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await CheckAsync(ct) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        var trajectory = await PlanReader.CurrentTrajectoryAsync(db, YouthId, ct);
        if (trajectory is null) return NotFound();
        var now = clock.GetUtcNow();
        var current = await PlanReader.CurrentForChangeAsync(db, trajectory.Id, ct) ?? PlanReader.Start(db, trajectory, YouthId, now);
        var unchanged = current.Considerations == Data.Plan.Clean(Input.Considerations) && current.YouthView == Data.Plan.Clean(Input.YouthView)
            && current.CarersView == Data.Plan.Clean(Input.CarersView) && current.TeamView == Data.Plan.Clean(Input.TeamView);
        if (!unchanged)
        {
            PlanReader.Writable(db, current, now).Describe(Input.Considerations, Input.YouthView, Input.CarersView, Input.TeamView);
            await db.SaveChangesAsync(ct);
        }
        return RedirectToPage("/Plan/Index", null, new { youthId = YouthId }, "afwegingen");
    }

    async Task<IActionResult?> CheckAsync(CancellationToken ct)
    {
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        return null;
    }
}
