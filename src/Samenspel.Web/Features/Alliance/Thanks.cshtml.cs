namespace Samenspel.Web.Features.Alliance;

/// <summary>After sending: the same page however often the form was sent.</summary>
[YouthFrom("ResponseId", IdOf.Response)]
[YouthData(DataCategory.AllianceAnswers, AccessAction.Write)]
public sealed class ThanksModel(SamenspelDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid ResponseId { get; set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public Respondent Respondent { get; private set; }
    public string YouthName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var response = await db.Responses.AsNoTracking().Where(r => r.Id == ResponseId)
            .Select(r => new { r.MeasurementId, r.RespondentPersonId, r.FormId, r.Status, r.SubmittedAt }).SingleOrDefaultAsync(ct);
        if (response is null) return NotFound();
        var (refused, seat) = await this.ViewerSeatAsync(db, response.MeasurementId, clock.DutchToday(), ct);
        if (refused is not null) return refused;
        if (seat!.PersonId != response.RespondentPersonId || seat.FormId != response.FormId) return NotFound();
        if (response.Status != ResponseStatus.Completed) return RedirectToPage("/Alliance/Fill", new { measurementId = response.MeasurementId });
        (SubmittedAt, Respondent) = (response.SubmittedAt, seat.Respondent);
        YouthName = await db.Youths.Where(y => y.Id == seat.Measurement.YouthId).Select(y => y.GivenName).SingleAsync(ct);
        return Page();
    }
}
