namespace Samenspel.Web.Features.Alliance;

/// <summary>The paper version of one respondent's form: every statement with a box per answer and room for a
/// comment, to print and type in afterwards on the paper entry page.</summary>
[Authorize(Policy = Policies.Staff)]
[YouthFrom("MeasurementId", IdOf.Measurement)]
[YouthData(DataCategory.AllianceAnswers, AccessAction.Write)]
public sealed class PrintModel(SamenspelDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid MeasurementId { get; set; }
    [BindProperty(SupportsGet = true, Name = "seat")] public string? SeatKey { get; set; }
    public Seat Seat { get; private set; } = null!;
    public LoadedForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (refused, seat) = await this.AdministeredSeatAsync(db, MeasurementId, SeatKey, clock.DutchToday(), ct);
        if (refused is not null) return refused;
        Seat = seat!;
        Form = (await Answering.LoadFormAsync(db, Seat.FormId, ct))!;
        return Page();
    }
}
