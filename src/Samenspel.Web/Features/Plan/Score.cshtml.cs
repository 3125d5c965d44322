using Microsoft.AspNetCore.Mvc.Rendering;
using Samenspel.Domain.Goals;

namespace Samenspel.Web.Features.Plan;

/// <summary>Scores every goal of the current plan on its GAS levels at the start or the end of the help. Scores
/// during the help are part of an evaluation and are recorded there.</summary>
[YouthData(DataCategory.Plan)]
[YouthData(DataCategory.Plan, AccessAction.Write)]
public sealed class ScoreModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    const string LevelRange = "Kies een niveau van -2 tot en met +2.";
    const string LevelMissing = "Kies een niveau voor dit doel.";
    const string MomentMissing = "Kies het moment: de start of het einde.";

    public sealed class GoalLevelInput
    {
        public Guid LineageId { get; set; }

        [Required(ErrorMessage = LevelMissing)]
        [Range(GoalScore.MinLevel, GoalScore.MaxLevel, ErrorMessage = LevelRange)]
        public int? Level { get; set; }
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = MomentMissing)]
        public ScoringMoment? Moment { get; set; }

        [Required(ErrorMessage = "Vul de datum in.")]
        public DateOnly? ScoredOn { get; set; }

        public List<GoalLevelInput> Levels { get; set; } = [];
    }

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public string YouthName { get; private set; } = "";
    public Dictionary<Guid, GoalView> Goals { get; private set; } = [];
    TrajectoryRef trajectory = null!;

    DateOnly Today => clock.DutchToday();

    public IEnumerable<SelectListItem> MomentOptions =>
        new[] { new SelectListItem(t["Kies…"], "") }
            .Concat(new[] { ScoringMoment.Start, ScoringMoment.End }.Select(m => new SelectListItem(t.Of(m), m.ToString())));

    public IEnumerable<SelectListItem> LevelOptions(GoalView goal) =>
        new[] { new SelectListItem(t["Kies…"], "") }
            .Concat(PlanLabels.Levels.Select(l => new SelectListItem($"{GoalScore.Signed(l)}: {GoalScore.LevelText(goal.Levels, l)}", l.ToString())));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        Input.ScoredOn = Today;
        Input.Levels = Goals.Keys.Select(id => new GoalLevelInput { LineageId = id }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (Goals.Count == 0) return Page();
        if (Input.Moment is not (null or ScoringMoment.Start or ScoringMoment.End))
            ModelState.AddModelError("Input.Moment", t["Kies het moment: de start of het einde. Een evaluatie legt u vast bij de evaluaties."]);
        if (Input.ScoredOn > Today)
            ModelState.AddModelError("Input.ScoredOn", t["Deze datum ligt in de toekomst."]);
        else TrajectoryDates.RefuseBeforeStart(ModelState, "Input.ScoredOn", Input.ScoredOn, trajectory.StartDate, t);
        CheckLevels();
        if (!ModelState.IsValid) return Page();

        // Scoring the same moment on the same day again replaces those scores, so a double submit stores them once.
        var (moment, day) = (Input.Moment!.Value, Input.ScoredOn!.Value);
        var lineages = Goals.Keys.ToList();
        db.GoalScorings.RemoveRange(await db.GoalScorings.Where(s => s.TrajectoryId == trajectory.Id && s.EvaluationId == null
            && s.Moment == moment && s.ScoredOn == day && lineages.Contains(s.GoalLineageId)).ToListAsync(ct));
        db.GoalScorings.AddRange(Input.Levels.Select(l => new GoalScoring
        {
            GoalLineageId = l.LineageId, YouthId = YouthId, TrajectoryId = trajectory.Id, Moment = moment, Level = l.Level!.Value, ScoredOn = day,
        }));
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Plan/Index", new { youthId = YouthId });
    }

    /// <summary>Every goal of the current plan gets one level. When the plan changed while the form was open, the
    /// form is shown again for the goals as they are now, keeping the levels already chosen.</summary>
    void CheckLevels()
    {
        var posted = Input.Levels.Select(l => l.LineageId).ToList();
        if (posted.Count != Goals.Count || !posted.ToHashSet().SetEquals(Goals.Keys))
        {
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.Levels", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
            var chosen = Input.Levels.Where(l => Goals.ContainsKey(l.LineageId)).DistinctBy(l => l.LineageId).ToDictionary(l => l.LineageId, l => l.Level);
            Input.Levels = Goals.Keys.Select(id => new GoalLevelInput { LineageId = id, Level = chosen.GetValueOrDefault(id) }).ToList();
            for (var i = 0; i < Input.Levels.Count; i++)
                if (Input.Levels[i].Level is null)
                    ModelState.AddModelError($"Input.Levels[{i}].Level", t["Het plan is net veranderd. Kies een niveau voor dit doel."]);
        }
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        var current = await PlanReader.CurrentTrajectoryAsync(db, YouthId, ct);
        if (current is null) return NotFound();
        trajectory = current;
        var plan = await PlanReader.VersionAsync(db, trajectory.Id, null, ct);
        Goals = (plan?.Goals ?? []).ToDictionary(g => g.LineageId);
        return null;
    }
}
