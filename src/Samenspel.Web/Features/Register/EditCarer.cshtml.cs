namespace Samenspel.Web.Features.Register;

[Authorize(Policy = Policies.Staff)]
[YouthData(DataCategory.Register, AccessAction.Write)]
[ShownObject(nameof(CarerLink), nameof(LinkId))]
public sealed class EditCarerModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel, ICarerForm
{
    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid LinkId { get; set; }
    [BindProperty] public CarerInput Input { get; set; } = new();
    public string CarerName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var row = await LoadAsync(ct);
        if (row is null) return NotFound();
        var (link, carer) = row.Value;
        Input = new CarerInput
        {
            Name = carer.Name, Email = carer.Email, Phone = carer.Phone, Position = link.Position,
            AuthoritySince = link.AuthoritySince, CourtAppointed = link.CourtAppointed,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var row = await LoadAsync(ct);
        if (row is null) return NotFound();
        var (link, carer) = row.Value;
        var birth = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.BirthDate).SingleAsync(ct);
        Input.Validate(ModelState, nameof(Input), clock.DutchToday(), birth, t);
        var email = Input.Email?.Trim() ?? ""; // an empty field binds as null: Required reports it
        if (email != carer.Email && carer.UserId is not null)
            ModelState.AddModelError("Input.Email", t["Deze persoon heeft al een account. Het e-mailadres verandert de persoon zelf."]);
        if (!ModelState.IsValid) return Page();

        carer.Name = Input.Name.Trim();
        carer.Email = email;
        carer.Phone = Input.Phone?.Trim();
        link.Position = Input.Position!.Value;
        link.AuthoritySince = Input.AuthoritySince;
        link.CourtAppointed = Input.CourtAppointed;
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Youths/Details", new { id = YouthId });
    }

    async Task<(CarerLink Link, Carer Carer)?> LoadAsync(CancellationToken ct)
    {
        var link = await db.CarerLinks.SingleOrDefaultAsync(l => l.Id == LinkId && l.YouthId == YouthId, ct);
        if (link is null) return null;
        var carer = await db.Carers.SingleAsync(c => c.Id == link.CarerId, ct);
        CarerName = carer.Name;
        return (link, carer);
    }
}
