using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Samenspel.Domain.Access;
using Samenspel.Domain.Register;
using Samenspel.Web.Access;
using Samenspel.Web.Data;
using Samenspel.Web.Features.Shared;

namespace Samenspel.Web.Features.Register;

public sealed class AddContactModel(SamenspelDb db, YouthAccess access, IStringLocalizer<SharedResource> t) : PageModel
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
    }

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public IEnumerable<SelectListItem> KindOptions =>
        new[] { new SelectListItem(t["Kies…"], "") }.Concat(Enum.GetValues<NetworkContactKind>().Select(k => new SelectListItem(t.Of(k), k.ToString())));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        (await access.CheckAsync(YouthId, DataCategory.Register, AccessAction.Write, ct)).Refusal(this) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if ((await access.CheckAsync(YouthId, DataCategory.Register, AccessAction.Write, ct)).Refusal(this) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        db.NetworkContacts.Add(new NetworkContact
        {
            YouthId = YouthId, Kind = Input.Kind!.Value, Name = Input.Name.Trim(),
            Organisation = Input.Organisation?.Trim(), Phone = Input.Phone?.Trim(), Email = Input.Email?.Trim(),
        });
        await db.SaveChangesAsync(ct);
        return Redirect($"/Youths/Details?id={YouthId}");
    }
}
