using Microsoft.AspNetCore.Mvc.Rendering;

namespace Samenspel.Web.Features.Register;

/// <summary>Adds a network contact, or edits one when <see cref="ContactId"/> is given.</summary>
[Authorize(Policy = Policies.Staff)]
[YouthData(DataCategory.Register, AccessAction.Write)]
[ShownObject(nameof(NetworkContact), nameof(ContactId))]
public sealed class ContactModel(SamenspelDb db, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Kies wat voor contact dit is.")]
        public NetworkContactKind? Kind { get; set; }

        [Required(ErrorMessage = "Vul de naam in.")]
        [StringLength(200, ErrorMessage = "De naam is te lang (maximaal 200 tekens).")]
        public string Name { get; set; } = "";

        [StringLength(200, ErrorMessage = "De naam van de organisatie is te lang (maximaal 200 tekens).")]
        public string? Organisation { get; set; }

        [RegularExpression(@"^\+?[0-9 ()-]{8,20}$", ErrorMessage = "Dit is geen geldig telefoonnummer. Gebruik alleen cijfers, bijvoorbeeld 010 1234567.")]
        public string? Phone { get; set; }

        [EmailAddress(ErrorMessage = "Dit is geen geldig e-mailadres. Het ziet eruit als naam@voorbeeld.nl.")]
        public string? Email { get; set; }

        /// <summary>Made when the form is shown and used as a new contact's id, so Back-and-send-again adds one.</summary>
        public Guid SubmissionId { get; set; } = Guid.CreateVersion7();
    }

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? ContactId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public IEnumerable<SelectListItem> KindOptions =>
        new[] { new SelectListItem(t["Kies…"], "") }.Concat(Enum.GetValues<NetworkContactKind>().Select(k => new SelectListItem(t.Of(k), k.ToString())));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (ContactId is null) return Page();
        var contact = await db.NetworkContacts.AsNoTracking().SingleOrDefaultAsync(n => n.Id == ContactId && n.YouthId == YouthId, ct);
        if (contact is null) return NotFound();
        Input = new InputModel { Kind = contact.Kind, Name = contact.Name, Organisation = contact.Organisation, Phone = contact.Phone, Email = contact.Email };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var contact = ContactId is null
            ? new NetworkContact { Id = Input.SubmissionId, YouthId = YouthId, Name = "" }
            : await db.NetworkContacts.SingleOrDefaultAsync(n => n.Id == ContactId && n.YouthId == YouthId, ct);
        if (contact is null) return NotFound();
        contact.Kind = Input.Kind!.Value;
        contact.Name = Input.Name.Trim();
        contact.Organisation = Input.Organisation?.Trim();
        contact.Phone = Input.Phone?.Trim();
        contact.Email = Input.Email?.Trim();
        if (ContactId is not null) await db.SaveChangesAsync(ct);
        else if (await db.InsertOnceAsync(contact, n => n.YouthId == YouthId, ct) is Submission.Refused)
        {
            Input.SubmissionId = InsertOnce.Refuse(ModelState, "Input.Name", t);
            return Page();
        }
        return RedirectToPage("/Youths/Details", new { id = YouthId });
    }
}
