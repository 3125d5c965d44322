namespace Samenspel.Web.Features.Plan;

/// <summary>Adds a goal to the plan, or changes one when <see cref="GoalId"/> is given. When the current version has
/// been answered, the change goes into a new version, which asks for agreement again.</summary>
[YouthData(DataCategory.Plan)]
[YouthData(DataCategory.Plan, AccessAction.Write)]
public sealed class GoalModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    const string LevelMissing = "Beschrijf wat je bij dit niveau ziet.";

    public sealed class InputModel
    {
        /// <summary>Made when the form is shown; a new goal takes it as its lineage, so Back and send again adds one goal.</summary>
        public Guid SubmissionId { get; set; } = Guid.CreateVersion7();

        [Required(ErrorMessage = "Schrijf het doel in de woorden van de jongere.")]
        [StringLength(500, ErrorMessage = "Het doel is te lang (maximaal 500 tekens).")]
        public string? YouthWording { get; set; }

        [StringLength(500, ErrorMessage = "Deze tekst is te lang (maximaal 500 tekens).")]
        public string? ProfessionalWording { get; set; }

        [Required(ErrorMessage = "Vul in wie aan dit doel werkt.")]
        [StringLength(200, ErrorMessage = "Deze tekst is te lang (maximaal 200 tekens).")]
        public string? Owner { get; set; }

        [Required(ErrorMessage = "Vul een gewicht in, bijvoorbeeld 1.")]
        [Range(1, 10, ErrorMessage = "Kies een gewicht van 1 tot en met 10.")]
        [BindingMessage("Vul een heel getal in, bijvoorbeeld 1 of 2.")]
        public int? Weight { get; set; } = 1;

        [Required(ErrorMessage = LevelMissing), StringLength(500, ErrorMessage = "Deze tekst is te lang (maximaal 500 tekens).")]
        public string? LevelMinus2 { get; set; }
        [Required(ErrorMessage = LevelMissing), StringLength(500, ErrorMessage = "Deze tekst is te lang (maximaal 500 tekens).")]
        public string? LevelMinus1 { get; set; }
        [Required(ErrorMessage = LevelMissing), StringLength(500, ErrorMessage = "Deze tekst is te lang (maximaal 500 tekens).")]
        public string? Level0 { get; set; }
        [Required(ErrorMessage = LevelMissing), StringLength(500, ErrorMessage = "Deze tekst is te lang (maximaal 500 tekens).")]
        public string? LevelPlus1 { get; set; }
        [Required(ErrorMessage = LevelMissing), StringLength(500, ErrorMessage = "Deze tekst is te lang (maximaal 500 tekens).")]
        public string? LevelPlus2 { get; set; }

        [StringLength(4000, ErrorMessage = "Dit is te lang (maximaal 4000 tekens).")]
        public string? Steps { get; set; }

        // Methods, not properties: validation reads every property, also before the required ones are known to be filled.
        public string[] LevelTexts() => [LevelMinus2!.Trim(), LevelMinus1!.Trim(), Level0!.Trim(), LevelPlus1!.Trim(), LevelPlus2!.Trim()];

        public List<string> StepLines() => PlanLabels.Lines(Steps).ToList();
    }

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? GoalId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public string YouthName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await CheckAsync(ct) is { } refused) return refused;
        if (GoalId is null) return Page();
        var goal = await db.Goals.AsNoTracking().Where(g => g.Id == GoalId && g.YouthId == YouthId)
            .Select(g => new { g.YouthWording, g.ProfessionalWording, g.Owner, g.Weight, g.Levels, Steps = g.Steps.OrderBy(s => s.Position).Select(s => s.Text).ToList() })
            .SingleOrDefaultAsync(ct);
        if (goal is null) return NotFound();
        Input = new InputModel
        {
            YouthWording = goal.YouthWording, ProfessionalWording = goal.ProfessionalWording, Owner = goal.Owner, Weight = (int)Math.Round(goal.Weight),
            LevelMinus2 = goal.Levels[0], LevelMinus1 = goal.Levels[1], Level0 = goal.Levels[2], LevelPlus1 = goal.Levels[3], LevelPlus2 = goal.Levels[4],
            Steps = string.Join('\n', goal.Steps),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await CheckAsync(ct) is { } refused) return refused;
        if (Input.StepLines().Any(l => l.Length > 300))
            ModelState.AddModelError("Input.Steps", t["Een stapje is te lang (maximaal 300 tekens per regel)."]);
        if (!ModelState.IsValid) return Page();

        var trajectory = await PlanReader.CurrentTrajectoryAsync(db, YouthId, ct);
        if (trajectory is null) return NotFound();
        var now = clock.GetUtcNow();
        var current = await PlanReader.CurrentForChangeAsync(db, trajectory.Id, ct) ?? PlanReader.Start(db, trajectory, YouthId, now);
        Guid? lineage = null;
        if (GoalId is not null)
        {
            // Matched by lineage, so that a form opened on a version that was replaced meanwhile changes the same goal.
            lineage = await db.Goals.Where(g => g.Id == GoalId && g.YouthId == YouthId).Select(g => (Guid?)g.LineageId).SingleOrDefaultAsync(ct);
            if (lineage is null || current.Goals.All(g => g.LineageId != lineage)) return NotFound();
            if (Unchanged(current.Goals.Single(g => g.LineageId == lineage))) return RedirectToPage("/Plan/Index", new { youthId = YouthId });
        }

        if (lineage is null && await db.Goals.AnyAsync(g => g.YouthId == YouthId && g.LineageId == Input.SubmissionId, ct))
            return RedirectToPage("/Plan/Index", new { youthId = YouthId });
        var plan = PlanReader.Writable(db, current, now);
        var goal = lineage is null
            ? plan.AddGoal(Input.YouthWording!, Input.ProfessionalWording, Input.Owner!, Input.LevelTexts(), Input.Weight!.Value, Input.SubmissionId)
            : plan.Goals.Single(g => g.LineageId == lineage);
        if (lineage is not null) plan.ChangeGoal(goal.Id, Input.YouthWording!, Input.ProfessionalWording, Input.Owner!, Input.LevelTexts(), Input.Weight!.Value);
        SetSteps(goal, Input.StepLines());
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Plan/Index", null, new { youthId = YouthId }, $"goal-{goal.Id}");
    }

    bool Unchanged(Data.Goal goal) =>
        goal.YouthWording == Input.YouthWording!.Trim()
        && goal.ProfessionalWording == Data.Plan.Clean(Input.ProfessionalWording)
        && goal.Owner == Input.Owner!.Trim()
        && goal.Weight.Equals(Input.Weight!.Value)
        && goal.Levels.SequenceEqual(Input.LevelTexts())
        && goal.Steps.OrderBy(s => s.Position).Select(s => s.Text).SequenceEqual(Input.StepLines());

    /// <summary>Makes the goal's steps the given lines. A step that stays keeps whether and when it was done.</summary>
    static void SetSteps(Data.Goal goal, List<string> lines)
    {
        if (goal.Steps.OrderBy(s => s.Position).Select(s => s.Text).SequenceEqual(lines)) return;
        var done = goal.Steps.GroupBy(s => s.Text).ToDictionary(g => g.Key, g => g.First().DoneOn);
        goal.Steps.Clear();
        foreach (var line in lines) goal.AddStep(line, done.GetValueOrDefault(line));
    }

    async Task<IActionResult?> CheckAsync(CancellationToken ct)
    {
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        return null;
    }
}
