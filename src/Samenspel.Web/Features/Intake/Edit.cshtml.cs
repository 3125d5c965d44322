namespace Samenspel.Web.Features.Intake;

/// <summary>The team fills in one part of the intake. Every save stores what was typed, so the intake can be left
/// halfway and picked up later; other parts stay as they were.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class EditModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty(SupportsGet = true)] public string Part { get; set; } = "";
    [BindProperty] public IntakeInput Input { get; set; } = new();
    public string YouthName { get; private set; } = "";
    public string? Error { get; private set; }

    [YouthData(DataCategory.IntakeNotes)]
    [YouthData(DataCategory.IntakeNotes, AccessAction.Write)]
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (UnknownPart() is { } unknown) return unknown;
        if (await TrajectoryAsync(ct) is not { } trajectoryId) return NotFound();
        Input = IntakeInput.From(await db.Intakes.AsNoTracking().SingleOrDefaultAsync(i => i.TrajectoryId == trajectoryId, ct));
        return await ShowAsync(ct);
    }

    [YouthData(DataCategory.IntakeNotes, AccessAction.Write)]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (UnknownPart() is { } unknown) return unknown;
        if (await TrajectoryAsync(ct) is not { } trajectoryId) return NotFound();
        if (!ModelState.IsValid) return await ShowAsync(ct);

        // Two people starting the same intake at once: the unique trajectory key lets one insert win; retry as an update.
        for (var attempt = 0; ; attempt++)
        {
            var intake = await db.Intakes.SingleOrDefaultAsync(i => i.TrajectoryId == trajectoryId, ct);
            if (intake is null)
            {
                intake = new Data.Intake { TrajectoryId = trajectoryId, YouthId = YouthId };
                db.Intakes.Add(intake);
            }
            Input.ApplyTo(intake, Part);
            if (intake.CompletedAt is not null && intake.Missing().Contains(Part))
            {
                Error = t["De intake is al afgerond. Laat dit deel daarom niet leeg."];
                db.ChangeTracker.Clear();
                return await ShowAsync(ct);
            }
            intake.UpdatedAt = clock.GetUtcNow();
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                db.ChangeTracker.Clear();
            }
        }
        return RedirectToPage("/Intake/Index", new { youthId = YouthId, saved = Part });
    }

    IActionResult? UnknownPart() => IntakeParts.Recorded.Contains(Part) ? null : NotFound();

    Task<Guid?> TrajectoryAsync(CancellationToken ct) =>
        db.Trajectories.CurrentTrajectory(YouthId).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);

    async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        return Page();
    }
}
