using Microsoft.AspNetCore.Mvc.Rendering;
using Samenspel.Domain.Goals;

namespace Samenspel.Web.Features.Evaluations;

/// <summary>Records an evaluation of the plan: when it was held, what went well and what did not, what changes,
/// and a GAS level for every goal of the current plan version.</summary>
[YouthData(DataCategory.Plan)]
[YouthData(DataCategory.Plan, AccessAction.Write)]
public sealed class NewModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    const string LevelRange = "Kies een niveau van -2 tot en met +2.";

    public sealed class GoalLevelInput
    {
        public Guid LineageId { get; set; }

        [Required(ErrorMessage = "Kies een niveau voor dit doel.")]
        [Range(GoalScore.MinLevel, GoalScore.MaxLevel, ErrorMessage = LevelRange)]
        public int? Level { get; set; }
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul de datum van de evaluatie in.")]
        public DateOnly? HeldOn { get; set; }

        [Required(ErrorMessage = "Schrijf op wat goed ging.")]
        [StringLength(4000, ErrorMessage = "Deze tekst is te lang (maximaal 4000 tekens).")]
        public string? WentWell { get; set; }

        [Required(ErrorMessage = "Schrijf op wat minder goed ging. Ging alles goed? Schrijf dat dan op.")]
        [StringLength(4000, ErrorMessage = "Deze tekst is te lang (maximaal 4000 tekens).")]
        public string? DidNotGoWell { get; set; }

        [StringLength(4000, ErrorMessage = "Deze tekst is te lang (maximaal 4000 tekens).")]
        public string? PlanChanges { get; set; }

        public List<GoalLevelInput> Levels { get; set; } = [];

        /// <summary>Made when the form is shown and used as the evaluation's id, so Back-and-send-again stores one.</summary>
        public Guid SubmissionId { get; set; } = Guid.CreateVersion7();
    }

    public sealed record GoalView(Guid LineageId, string Wording, string[] Levels);

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public string YouthName { get; private set; } = "";
    public List<GoalView> Goals { get; private set; } = [];
    Guid trajectoryId;
    DateOnly trajectoryStart;

    DateOnly Today => clock.DutchToday();

    static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public GoalView GoalOf(Guid lineageId) => Goals.Single(g => g.LineageId == lineageId);

    public IEnumerable<SelectListItem> LevelOptions(GoalView goal) =>
        new[] { new SelectListItem(t["Kies…"], "") }.Concat(Enumerable.Range(GoalScore.MinLevel, 5)
            .Select(l => new SelectListItem($"{GoalScore.Signed(l)}: {GoalScore.LevelText(goal.Levels, l)}", l.ToString())));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        Input.HeldOn = Today;
        Input.Levels = Goals.Select(g => new GoalLevelInput { LineageId = g.LineageId }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (Input.HeldOn > Today)
            ModelState.AddModelError("Input.HeldOn", t["Deze datum ligt in de toekomst."]);
        else TrajectoryDates.RefuseBeforeStart(ModelState, "Input.HeldOn", Input.HeldOn, trajectoryStart, t);
        CheckLevels();
        if (!ModelState.IsValid) return Page();

        var evaluation = Record(db, Input.SubmissionId, trajectoryId, YouthId, Input.HeldOn!.Value, Input.WentWell, Input.DidNotGoWell,
            Input.PlanChanges, Input.Levels.Select(l => (l.LineageId, l.Level!.Value)), clock.GetUtcNow());
        if (await db.InsertOnceAsync(evaluation, e => e.TrajectoryId == trajectoryId, ct) is Submission.Refused)
        {
            Input.SubmissionId = InsertOnce.Refuse(ModelState, "Input.WentWell", t);
            return Page();
        }
        return RedirectToPage("/Evaluations/Index", new { youthId = YouthId });
    }

    /// <summary>Adds an evaluation and its GAS level per goal (by lineage), unsaved. The page checks the date and that
    /// every goal of the current plan has a level; the demo story records its evaluations the same way.</summary>
    /// <summary>An evaluation with its goal scores: the scores are added to <paramref name="db"/>, the evaluation is
    /// returned for the caller to store (once per submission on the page).</summary>
    public static Evaluation Record(SamenspelDb db, Guid id, Guid trajectoryId, Guid youthId, DateOnly heldOn, string? wentWell, string? didNotGoWell,
        string? planChanges, IEnumerable<(Guid LineageId, int Level)> levels, DateTimeOffset now)
    {
        var evaluation = new Evaluation
        {
            Id = id, TrajectoryId = trajectoryId, YouthId = youthId, HeldOn = heldOn, RecordedAt = now,
            WentWell = Clean(wentWell), DidNotGoWell = Clean(didNotGoWell), PlanChanges = Clean(planChanges),
        };
        db.GoalScorings.AddRange(levels.Select(l => new GoalScoring
        {
            GoalLineageId = l.LineageId, YouthId = youthId, TrajectoryId = trajectoryId, EvaluationId = evaluation.Id,
            Moment = ScoringMoment.Evaluation, Level = l.Level, ScoredOn = heldOn,
        }));
        return evaluation;
    }

    /// <summary>Every goal of the current plan gets exactly one level. When the plan changed while the form was open,
    /// the form is shown again for the goals as they are now, keeping the levels already chosen.</summary>
    void CheckLevels()
    {
        var posted = Input.Levels.Select(l => l.LineageId).ToList();
        var current = Goals.Select(g => g.LineageId).ToList();
        if (posted.Count != current.Count || !posted.ToHashSet().SetEquals(current))
        {
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.Levels", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
            var chosen = Input.Levels.Where(l => current.Contains(l.LineageId)).DistinctBy(l => l.LineageId).ToDictionary(l => l.LineageId, l => l.Level);
            Input.Levels = current.Select(id => new GoalLevelInput { LineageId = id, Level = chosen.GetValueOrDefault(id) }).ToList();
            for (var i = 0; i < Input.Levels.Count; i++)
                if (Input.Levels[i].Level is null)
                    ModelState.AddModelError($"Input.Levels[{i}].Level", t["Het plan is net gewijzigd. Kies een niveau voor dit doel."]);
        }
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        var trajectory = await db.Trajectories.AsNoTracking().CurrentTrajectory(YouthId).Select(x => new { x.Id, x.StartDate }).SingleOrDefaultAsync(ct);
        if (trajectory is null) return NotFound();
        (trajectoryId, trajectoryStart) = (trajectory.Id, trajectory.StartDate);
        var planId = await db.Plans.Where(p => p.TrajectoryId == trajectoryId).OrderByDescending(p => p.Version).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        var goals = await db.Goals.AsNoTracking().Where(g => g.PlanId == planId).OrderBy(g => g.Position)
            .Select(g => new { g.LineageId, g.YouthWording, g.Levels }).ToListAsync(ct);
        Goals = goals.Select(g => new GoalView(g.LineageId, g.YouthWording, g.Levels)).ToList();
        return null;
    }
}
