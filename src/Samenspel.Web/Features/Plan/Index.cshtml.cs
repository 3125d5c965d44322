namespace Samenspel.Web.Features.Plan;

/// <summary>The youth's current plan, for the youth, the carers and the care team: goals in the youth's words, steps,
/// GAS levels and scores, what was weighed, and who agreed. The youth and carers with authority answer here.</summary>
[YouthData(DataCategory.Plan, AccessAction.Write, Use = Use.Offer)]
public sealed class IndexModel(SamenspelDb db, YouthAccess access, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class AnswerInput
    {
        [StringLength(1000, ErrorMessage = "De toelichting is te lang (maximaal 1000 tekens).")]
        public string? Comment { get; set; }
        public bool Agrees { get; set; }
        /// <summary>The version shown when answering; an answer to a version that was replaced meanwhile is refused.</summary>
        public int Version { get; set; }
    }

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty] public AnswerInput Answer { get; set; } = new();
    public string YouthName { get; private set; } = "";
    public bool HasTrajectory { get; private set; }
    public PlanView? Plan { get; private set; }
    public bool CanWrite { get; private set; }
    public List<AgreementRow> Agreements { get; private set; } = [];
    /// <summary>Set when the viewer must still answer this version.</summary>
    public Party? AsksAnswerFrom { get; private set; }
    public ScoreHistory Scores { get; private set; } = new(Array.Empty<ScoreRow>().ToLookup(s => Guid.Empty), []);
    public List<(int Version, DateTimeOffset CreatedAt)> EarlierVersions { get; private set; } = [];

    [YouthData(DataCategory.Plan)]
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    /// <summary>Starts version 1, empty, for the current trajectory.</summary>
    [YouthData(DataCategory.Plan, AccessAction.Write)]
    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        var trajectory = await PlanReader.CurrentTrajectoryAsync(db, YouthId, ct);
        if (trajectory is null) return NotFound();
        if (!await db.Plans.AnyAsync(p => p.TrajectoryId == trajectory.Id, ct))
        {
            PlanReader.Start(db, trajectory, YouthId, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
        return RedirectToPage("/Plan/Index", new { youthId = YouthId });
    }

    /// <summary>Ticks a step off, or back on. Not a change of the plan, so no new version.</summary>
    [YouthData(DataCategory.Plan, AccessAction.Write)]
    public async Task<IActionResult> OnPostStepAsync(Guid stepId, CancellationToken ct)
    {
        var trajectory = await PlanReader.CurrentTrajectoryAsync(db, YouthId, ct);
        var currentPlanId = trajectory is null ? Guid.Empty : await db.Plans.Where(p => p.TrajectoryId == trajectory.Id)
            .OrderByDescending(p => p.Version).Select(p => p.Id).FirstOrDefaultAsync(ct);
        var step = await db.GoalSteps.SingleOrDefaultAsync(s => s.Id == stepId && s.YouthId == YouthId
            && db.Goals.Any(g => g.Id == s.GoalId && g.PlanId == currentPlanId), ct);
        if (step is null) return NotFound();
        step.DoneOn = step.DoneOn is null ? clock.DutchToday() : null;
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Plan/Index", null, new { youthId = YouthId }, $"goal-{step.GoalId}");
    }

    /// <summary>The youth or a carer with authority agrees to, or objects against, the current version.</summary>
    [YouthData(DataCategory.Plan)]
    public async Task<IActionResult> OnPostAgreeAsync(CancellationToken ct)
    {
        var party = PlanParties.PartyOf(access.Viewer, YouthId, await PlanParties.LoadAsync(db, YouthId, ct));
        if (party is null) return Forbid();
        var trajectory = await PlanReader.CurrentTrajectoryAsync(db, YouthId, ct);
        var plan = trajectory is null ? null : await PlanReader.CurrentForChangeAsync(db, trajectory.Id, ct);
        if (plan is null || plan.Goals.Count == 0) return NotFound();
        if (plan.Version != Answer.Version)
            ModelState.AddModelError("Answer.Comment", t["Het plan is net veranderd. Lees het nieuwe plan en geef dan uw antwoord."]);
        if (!ModelState.IsValid) return await ShowAsync(ct);
        if (!plan.Agreements.Any(a => a.UserId == access.Viewer!.UserId))
        {
            plan.RecordAgreement(party.Kind, access.Viewer!.UserId, party.CarerId, Answer.Agrees, Answer.Comment, clock.GetUtcNow());
            await db.SaveOnceAsync<PlanAgreement>(a => a.PlanId == plan.Id && a.UserId == access.Viewer!.UserId, ct); // a double click keeps the first
        }
        return RedirectToPage("/Plan/Index", null, new { youthId = YouthId }, "akkoord");
    }

    async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var grant = this.Grant();
        CanWrite = grant.May(DataCategory.Plan, AccessAction.Write);
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        var trajectory = await PlanReader.CurrentTrajectoryAsync(db, YouthId, ct);
        HasTrajectory = trajectory is not null;
        if (trajectory is null) return Page();
        Plan = await PlanReader.VersionAsync(db, trajectory.Id, null, ct);
        if (Plan is null) return Page();

        // The current version is the plan in force, which carers with authority must be able to read and sign, so
        // dated authority narrows only what was recorded before: earlier versions and earlier scores.
        var decision = grant[DataCategory.Plan];
        EarlierVersions = (await PlanReader.VersionsAsync(db, trajectory.Id, ct))
            .Where(v => v.Version != Plan.Version && decision.Shows(DutchCalendar.DateAt(v.CreatedAt), false)).ToList();
        Scores = await PlanScores.LoadAsync(db, trajectory.Id, day => decision.Shows(day, false), ct);

        var parties = await PlanParties.LoadAsync(db, YouthId, ct);
        Agreements = PlanParties.Rows(parties, Plan.Agreements, withMissing: true, decision);
        var me = PlanParties.PartyOf(access.Viewer, YouthId, parties);
        if (me is not null && Plan.Goals.Count > 0 && PlanParties.AnswerOf(me, Plan.Agreements) is null)
            AsksAnswerFrom = me;
        return Page();
    }
}
