using Microsoft.AspNetCore.Mvc.Rendering;

namespace Samenspel.Web.Features.Alliance;

/// <summary>
/// The feedback conversation guide for one measurement. It first looks back on the actions agreed at the youth's
/// earlier measurements that have not been reviewed yet, then walks through every statement in the conversation order
/// with an open follow-up question, and records the actions "wat gaan we doen om onze samenwerking te verbeteren".
/// Reading is AllianceAnswers Read (audited); recording and reviewing actions is AllianceAnswers Write.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[YouthFrom("Id", IdOf.Measurement)]
[YouthData(DataCategory.AllianceAnswers)]
[YouthData(DataCategory.AllianceAnswers, AccessAction.Write, Use = Use.Offer)]
public sealed class ConversationModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class ActionInput
    {
        [Required(ErrorMessage = "Schrijf op wat jullie gaan doen.")]
        [StringLength(AllianceAction.TextLength, ErrorMessage = "Maak de afspraak korter (maximaal 500 tekens).")]
        public string? Text { get; set; }

        /// <summary>Made when the form is shown and used as the action's id, so a double submit stores one action.</summary>
        public Guid SubmissionId { get; set; } = Guid.CreateVersion7();
    }

    public sealed class ReviewInput
    {
        public Guid ActionId { get; set; }

        [Required(ErrorMessage = "Kies hoe het ging met deze afspraak.")]
        public ActionOutcome? Outcome { get; set; }

        [StringLength(AllianceAction.NoteLength, ErrorMessage = "De toelichting is te lang (maximaal 1000 tekens).")]
        public string? Note { get; set; }
    }

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public ActionInput Input { get; set; } = new();
    [BindProperty] public List<ReviewInput> Reviews { get; set; } = [];
    public string? Saved => this.AfterRedirect("saved");

    public MeasurementResults R { get; private set; } = null!;
    public bool MayWrite { get; private set; }
    public IReadOnlyList<AllianceAction> ToReview { get; private set; } = [];
    public IReadOnlyList<AllianceAction> Reviewed { get; private set; } = [];
    public IReadOnlyList<AllianceAction> Actions { get; private set; } = [];
    public IReadOnlyDictionary<Guid, DateOnly> AgreedOn { get; private set; } = new Dictionary<Guid, DateOnly>();

    public IEnumerable<SelectListItem> OutcomeOptions => new[] { new SelectListItem(t["Kies…"], "") }
        .Concat(Enum.GetValues<ActionOutcome>().Select(o => new SelectListItem(OutcomeLabel(o), o.ToString())));

    public string OutcomeLabel(ActionOutcome outcome) => t[outcome switch
    {
        ActionOutcome.Done => "Gedaan",
        ActionOutcome.Partly => "Een deel gedaan",
        _ => "Niet gedaan",
    }];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        Reviews = ToReview.Select(a => new ReviewInput { ActionId = a.Id }).ToList();
        return Page();
    }

    [YouthData(DataCategory.AllianceAnswers, AccessAction.Write)]
    public async Task<IActionResult> OnPostActionAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (!ModelState.IsValid)
        {
            // What was typed stays in the field, with the message next to it.
            Reviews = ToReview.Select(a => new ReviewInput { ActionId = a.Id }).ToList();
            return Page();
        }
        var me = Viewer.From(User)!.PersonId;
        var action = new AllianceAction
        {
            Id = Input.SubmissionId, YouthId = R.Measurement.YouthId, MeasurementId = Id, Text = Input.Text!.Trim(), CreatedBy = me, CreatedAt = clock.GetUtcNow(),
        };
        if (await db.InsertOnceAsync(action, a => a.MeasurementId == Id && a.CreatedBy == me, ct) is Submission.Refused)
        {
            Input.SubmissionId = InsertOnce.Refuse(ModelState, "Input.Text", t);
            Reviews = ToReview.Select(a => new ReviewInput { ActionId = a.Id }).ToList();
            return Page();
        }
        return RedirectToPage("/Alliance/Conversation", null, new { id = Id, saved = "action" }, "afspraken");
    }

    [YouthData(DataCategory.AllianceAnswers, AccessAction.Write)]
    public async Task<IActionResult> OnPostReviewAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        // Only the review is posted here; the empty action form is not part of it.
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(nameof(Reviews), StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        var open = ToReview.ToDictionary(a => a.Id);
        if (!ModelState.IsValid || Reviews.Count == 0 || Reviews.Any(r => !open.ContainsKey(r.ActionId)))
        {
            if (Reviews.Count == 0 || Reviews.Any(r => !open.ContainsKey(r.ActionId)))
                ModelState.AddModelError(string.Empty, t["Deze afspraken zijn al besproken. Kijk hieronder."]);
            return Page();
        }
        var now = clock.GetUtcNow();
        var tracked = await db.AllianceActions.Where(a => open.Keys.Contains(a.Id)).ToListAsync(ct);
        foreach (var review in Reviews)
            tracked.Single(a => a.Id == review.ActionId).Review(Id, review.Outcome!.Value, review.Note, Viewer.From(User)!.PersonId, now);
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Alliance/Conversation", new { id = Id, saved = "review" });
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var grant = this.Grant();
        if (await AllianceResultsReader.ReadAsync(db, grant, Id, ct) is not { } results) return Forbid();
        R = results;
        var m = R.Measurement;
        MayWrite = grant.May(DataCategory.AllianceAnswers, AccessAction.Write);

        // Actions agreed at this youth's earlier measurements: those not yet looked back on, and those looked back
        // on in this conversation.
        var earlier = await db.Measurements.AsNoTracking()
            .Where(x => x.YouthId == m.YouthId && x.Id != m.Id && (x.PlannedOn < m.PlannedOn || (x.PlannedOn == m.PlannedOn && x.CreatedAt < m.CreatedAt)))
            .Select(x => new { x.Id, x.PlannedOn }).ToListAsync(ct);
        var earlierIds = earlier.Select(x => x.Id).ToList();
        AgreedOn = earlier.ToDictionary(x => x.Id, x => x.PlannedOn);
        var back = await db.AllianceActions.AsNoTracking()
            .Where(a => earlierIds.Contains(a.MeasurementId) && (a.ReviewedInMeasurementId == null || a.ReviewedInMeasurementId == m.Id))
            .ToListAsync(ct);
        ToReview = back.Where(a => a.ReviewedInMeasurementId is null).OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).ToList();
        Reviewed = back.Where(a => a.ReviewedInMeasurementId == m.Id).OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).ToList();
        Actions = await db.AllianceActions.AsNoTracking().Where(a => a.MeasurementId == m.Id).OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).ToListAsync(ct);
        return null;
    }
}
