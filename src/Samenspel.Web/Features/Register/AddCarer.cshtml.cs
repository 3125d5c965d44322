namespace Samenspel.Web.Features.Register;

/// <summary>Adds a carer to a youth. A carer already known in the organisation (same e-mail address, for example
/// a parent of two youths) is linked, not created twice, so they keep one account.</summary>
[Authorize(Policy = Policies.Staff)]
[YouthData(DataCategory.Register, AccessAction.Write)]
public sealed class AddCarerModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel, ICarerForm
{
    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty] public CarerInput Input { get; set; } = new();
    public string YouthName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var youth = await db.Youths.AsNoTracking().SingleAsync(y => y.Id == YouthId, ct);
        Input.Validate(ModelState, nameof(Input), clock.DutchToday(), youth.BirthDate, t);
        var email = Input.Email?.Trim() ?? ""; // an empty field binds as null: Required reports it
        var carer = await db.Carers.SingleOrDefaultAsync(c => c.OrganisationId == youth.OrganisationId && c.Email == email, ct);
        if (carer is not null && await db.CarerLinks.AnyAsync(l => l.CarerId == carer.Id && l.YouthId == YouthId, ct))
            ModelState.AddModelError("Input.Email", t["Deze ouder of opvoeder staat al bij deze jongere."]);
        if (!ModelState.IsValid) return await ShowAsync(ct);

        if (carer is null)
        {
            carer = new Carer { OrganisationId = youth.OrganisationId, Name = Input.Name.Trim(), Email = email, Phone = Input.Phone?.Trim() };
            db.Carers.Add(carer);
        }
        db.CarerLinks.Add(new CarerLink
        {
            YouthId = YouthId, CarerId = carer.Id, Position = Input.Position!.Value,
            AuthoritySince = Input.AuthoritySince, CourtAppointed = Input.CourtAppointed,
        });
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Youths/Details", new { id = YouthId });
    }

    async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        return Page();
    }
}
