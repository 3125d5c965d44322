namespace Samenspel.Web.Features.Alliance;

/// <summary>Staff type a filled-in paper form back in. The response records who typed it (<see cref="Response.EnteredBy"/>)
/// and the write is audited under them. A statement left empty on paper stays empty: nothing is required here.</summary>
[Authorize(Policy = Policies.Staff)]
[YouthFrom("MeasurementId", IdOf.Measurement)]
[YouthData(DataCategory.AllianceAnswers, AccessAction.Write)]
public sealed class PaperModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid MeasurementId { get; set; }
    [BindProperty(SupportsGet = true, Name = "seat")] public string? SeatKey { get; set; }
    public Guid SubmissionId { get; private set; }
    public Seat Seat { get; private set; } = null!;
    public LoadedForm Form { get; private set; } = null!;
    public AnswerSheet Sheet { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var response = await Responses.OfSeatAsync(db, Seat, ct);
        if (response?.Status == ResponseStatus.Completed)
            ModelState.AddModelError("", t["Deze vragenlijst is al ingevuld. U kunt hem niet nog eens invoeren."]);
        Sheet = AnswerSheet.From(response?.Answers ?? []);
        SubmissionId = response?.SubmissionId ?? Guid.CreateVersion7();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        Sheet = AnswerSheet.From(Request.Form, Form);
        var submission = Guid.TryParse(Request.Form["SubmissionId"], out var id) ? id : Guid.CreateVersion7();
        var (response, outcome) = await Responses.SaveAsync(db, Seat, submission, Sheet, Form, submit: true, requireAll: false,
            enteredBy: Viewer.From(User)!.PersonId, clock.GetUtcNow(), t, ct);
        SubmissionId = response.SubmissionId;
        switch (outcome)
        {
            case Responses.Outcome.Completed:
            case Responses.Outcome.AlreadyCompleted when response.SubmissionId == submission:
                return RedirectToPage("/Alliance/Measurements", new { youthId = Seat.Measurement.YouthId, entered = "true" });
            case Responses.Outcome.AlreadyCompleted:
                ModelState.AddModelError("", t["Deze vragenlijst is al ingevuld. U kunt hem niet nog eens invoeren."]);
                return Page();
            default:
                ModelState.AddModelError("", t["Nog niet alles is goed ingevuld. Kijk bij de zinnen met een melding."]);
                return Page();
        }
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var (refused, seat) = await this.AdministeredSeatAsync(db, MeasurementId, SeatKey, clock.DutchToday(), ct);
        if (refused is not null) return refused;
        Seat = seat!;
        Form = (await Answering.LoadFormAsync(db, Seat.FormId, ct))!;
        return null;
    }
}
