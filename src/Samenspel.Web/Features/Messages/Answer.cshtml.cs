using Microsoft.AspNetCore.Mvc.Rendering;

namespace Samenspel.Web.Features.Messages;

/// <summary>The team answers a carer's request: planned (with the day) or done, with an answer the carer reads. Every
/// change is an audited update of the request; nothing is deleted.</summary>
[Authorize(Policy = Policies.Staff)]
[YouthFrom("Id", IdOf.CarerRequest)]
[YouthData(DataCategory.Messages, AccessAction.Write)]
public sealed class AnswerModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Kies de nieuwe stand.")]
        public CarerRequestStatus? Status { get; set; }

        [Required(ErrorMessage = "Schrijf een antwoord. De ouder leest het.")]
        [StringLength(CarerRequest.TextLength, ErrorMessage = "Het antwoord is te lang (maximaal 2000 tekens).")]
        public string? Answer { get; set; }

        public DateOnly? PlannedOn { get; set; }
    }

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public CarerRequest Item { get; private set; } = null!;
    public string CarerName { get; private set; } = "";
    public IEnumerable<SelectListItem> StatusOptions => new[] { new SelectListItem(t["Kies…"], "") }
        .Concat(Enum.GetValues<CarerRequestStatus>().Select(s => new SelectListItem(t.Of(s), s.ToString())));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // The form shows the request it answers: a read of it (audited by the filter, naming the request).
        if (await LoadAsync(ct) is { } refused) return refused;
        Input.Status = Item.Status == CarerRequestStatus.Open ? CarerRequestStatus.Planned : Item.Status;
        Input.Answer = Item.Answer;
        Input.PlannedOn = Item.PlannedOn;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (Input.Answer is { } answer && string.IsNullOrWhiteSpace(answer)) ModelState.AddModelError("Input.Answer", t["Schrijf een antwoord. De ouder leest het."]);
        var today = clock.DutchToday();
        if (Input.Status == CarerRequestStatus.Planned && ModelState.GetFieldValidationState("Input.PlannedOn") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            if (Input.PlannedOn is null) ModelState.AddModelError("Input.PlannedOn", t["Vul in op welke dag het gesprek of het telefoontje is."]);
            else if (Input.PlannedOn < today) ModelState.AddModelError("Input.PlannedOn", t["Deze dag is al geweest. Kies vandaag of later."]);
        }
        if (!ModelState.IsValid) return Page();
        Item.Answered(Input.Status!.Value, Input.Answer!, Input.PlannedOn, Viewer.From(User)!.PersonId, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Messages/Requests", new { youthId = YouthId });
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var request = await db.CarerRequests.SingleOrDefaultAsync(r => r.Id == Id && r.YouthId == YouthId, ct);
        if (request is null) return NotFound();
        Item = request;
        CarerName = await db.Carers.Where(c => c.Id == request.CarerId).Select(c => c.Name).SingleAsync(ct);
        return null;
    }
}
