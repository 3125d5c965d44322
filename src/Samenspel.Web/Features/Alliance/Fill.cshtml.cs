namespace Samenspel.Web.Features.Alliance;

/// <summary>One screen with all statements of the respondent's form. Every answer is kept on the server as a draft:
/// "Tussendoor bewaren" without JavaScript, and a few lines of script that post the form on every change. Sending
/// is idempotent: the hidden submission id finds the response again, so a second send stores nothing new.</summary>
[YouthFrom("MeasurementId", IdOf.Measurement)]
[YouthData(DataCategory.AllianceAnswers, AccessAction.Write)]
public sealed class FillModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid MeasurementId { get; set; }
    public Guid SubmissionId { get; private set; }
    public Seat Seat { get; private set; } = null!;
    public LoadedForm Form { get; private set; } = null!;
    public AnswerSheet Sheet { get; private set; } = new();
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var response = await Responses.OfSeatAsync(db, Seat, ct);
        if (response?.Status == ResponseStatus.Completed) return RedirectToPage("/Alliance/Thanks", new { responseId = response.Id });
        Sheet = AnswerSheet.From(response?.Answers ?? []);
        SubmissionId = response?.SubmissionId ?? Guid.CreateVersion7();
        return Page();
    }

    /// <summary>"Tussendoor bewaren": keeps the answers so far and shows the page again.</summary>
    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) => SaveAsync(submit: false, ct);

    /// <summary>Sends the answers: complete when every required statement has an answer.</summary>
    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SaveAsync(submit: true, ct);

    /// <summary>The script's save on every change: 204 when kept, 422 with the message when a value was refused
    /// (the rest is kept), 409 when the questionnaire was already sent.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var (_, outcome) = await SaveSheetAsync(submit: false, ct);
        return outcome switch
        {
            Responses.Outcome.AlreadyCompleted => StatusCode(StatusCodes.Status409Conflict),
            Responses.Outcome.Refused => new UnprocessableEntityObjectResult(string.Join(" ", Sheet.Errors.Values.Distinct())),
            _ => new NoContentResult(),
        };
    }

    async Task<IActionResult> SaveAsync(bool submit, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var (response, outcome) = await SaveSheetAsync(submit, ct);
        if (outcome is Responses.Outcome.Completed or Responses.Outcome.AlreadyCompleted)
            return RedirectToPage("/Alliance/Thanks", new { responseId = response.Id });
        SubmissionId = response.SubmissionId;
        Saved = outcome == Responses.Outcome.Saved;
        if (outcome == Responses.Outcome.Refused)
            ModelState.AddModelError("", submit ? (Seat.Respondent == Respondent.Youth ? t["Nog niet alles is goed ingevuld. Kijk bij de zinnen met een melding. Je antwoorden zijn bewaard."]
                    : t["Nog niet alles is goed ingevuld. Kijk bij de zinnen met een melding. Uw antwoorden zijn bewaard."])
                : t["Niet alles kon worden bewaard. Kijk bij de zinnen met een melding."]);
        return Page();
    }

    async Task<(Response, Responses.Outcome)> SaveSheetAsync(bool submit, CancellationToken ct)
    {
        Sheet = AnswerSheet.From(Request.Form, Form);
        var submission = Guid.TryParse(Request.Form["SubmissionId"], out var id) ? id : Guid.CreateVersion7();
        return await Responses.SaveAsync(db, Seat, submission, Sheet, Form, submit, requireAll: true, enteredBy: null, clock.GetUtcNow(), t, ct);
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var (refused, seat) = await this.ViewerSeatAsync(db, MeasurementId, clock.DutchToday(), ct);
        if (refused is not null) return refused;
        Seat = seat!;
        Form = (await Answering.LoadFormAsync(db, Seat.FormId, ct))!;
        return null;
    }
}
