namespace Samenspel.Web.Features.Plan;

/// <summary>One earlier version of the plan, read-only, with the answers given to it.</summary>
[YouthData(DataCategory.Plan)]
public sealed class VersionModel(SamenspelDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty(SupportsGet = true, Name = "version")] public int Number { get; set; }
    public string YouthName { get; private set; } = "";
    public PlanView Plan { get; private set; } = null!;
    public int CurrentVersion { get; private set; }
    public List<AgreementRow> Agreements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var decision = this.Grant()[DataCategory.Plan];
        var trajectory = await PlanReader.CurrentTrajectoryAsync(db, YouthId, ct);
        var plan = trajectory is null ? null : await PlanReader.VersionAsync(db, trajectory.Id, Number, ct);
        // Dated authority: a carer who gained authority later does not see versions made before that date.
        if (plan is null || !decision.Shows(DutchCalendar.DateAt(plan.CreatedAt), false)) return NotFound();
        Plan = plan;
        CurrentVersion = await db.Plans.Where(p => p.TrajectoryId == trajectory!.Id).MaxAsync(p => p.Version, ct);
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        Agreements = PlanParties.Rows(await PlanParties.LoadAsync(db, YouthId, ct), plan.Agreements, withMissing: false, decision);
        return Page();
    }
}
