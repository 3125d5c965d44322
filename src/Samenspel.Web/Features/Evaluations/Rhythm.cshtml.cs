using Microsoft.AspNetCore.Mvc.Rendering;
using Samenspel.Domain.Scheduling;

namespace Samenspel.Web.Features.Evaluations;

/// <summary>Sets how often this trajectory's plan is evaluated, or goes back to the default for its type.</summary>
[YouthData(DataCategory.Plan, AccessAction.Write)]
public sealed class RhythmModel(SamenspelDb db, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class InputModel
    {
        /// <summary>Empty means the default for this kind of help.</summary>
        [Range(1, 24, ErrorMessage = "Kies een ritme van 1 tot en met 24 maanden.")]
        public int? Months { get; set; }
    }

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public string YouthName { get; private set; } = "";
    public List<SelectListItem> Options { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        Input.Months = trajectory.EvaluationMonths;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        trajectory.EvaluationMonths = Input.Months;
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Evaluations/Index", new { youthId = YouthId });
    }

    Trajectory trajectory = null!;

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await db.Trajectories.CurrentTrajectory(YouthId).SingleOrDefaultAsync(ct) is not { } current) return NotFound();
        trajectory = current;
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        Options = OptionsFor(trajectory.Type);
        return null;
    }

    List<SelectListItem> OptionsFor(TrajectoryType type) =>
        new[] { new SelectListItem(t["Standaard voor {0}: {1}", t.Of(type), t.InWords(EvaluationRhythm.DefaultFor(type))], "") }
            .Concat(Enumerable.Range(1, 24).Select(m => new SelectListItem(t.InWords(EvaluationRhythm.Every(m)), m.ToString())))
            .ToList();
}
