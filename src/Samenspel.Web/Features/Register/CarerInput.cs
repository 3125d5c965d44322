using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Samenspel.Web.Features.Register;

/// <summary>The carer form shared by adding and editing a carer.</summary>
public sealed class CarerInput
{
    [Required(ErrorMessage = "Vul de naam in.")]
    [StringLength(200, ErrorMessage = "De naam is te lang (maximaal 200 tekens).")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Vul het e-mailadres in. Daarmee logt de ouder in.")]
    [EmailAddress(ErrorMessage = "Dit is geen geldig e-mailadres. Het ziet eruit als naam@voorbeeld.nl.")]
    [StringLength(256, ErrorMessage = "Het e-mailadres is te lang.")]
    public string Email { get; set; } = "";

    [RegularExpression(@"^\+?[0-9 ()-]{8,20}$", ErrorMessage = "Dit is geen geldig telefoonnummer. Gebruik alleen cijfers, bijvoorbeeld 06 12345678.")]
    public string? Phone { get; set; }

    [Required(ErrorMessage = "Kies de positie.")]
    public CarerPosition? Position { get; set; }

    public DateOnly? AuthoritySince { get; set; }

    public bool CourtAppointed { get; set; }

    /// <summary>Rules that need the date or the youth: checked in the handler, reported next to the field.</summary>
    public void Validate(ModelStateDictionary state, string prefix, DateOnly today, DateOnly birthDate, IStringLocalizer t)
    {
        // A number posted for the position binds to any value of the enum's type; only the listed ones are positions.
        if (Position is { } position && !Enum.IsDefined(position))
            state.AddModelError($"{prefix}.Position", t["Kies de positie."]);
        if (Position?.HoldsAuthority() == true && AuthoritySince is null)
            state.AddModelError($"{prefix}.AuthoritySince", t["Vul in sinds wanneer deze ouder gezag heeft."]);
        if (AuthoritySince > today)
            state.AddModelError($"{prefix}.AuthoritySince", t["Deze datum ligt in de toekomst. Vul de datum in waarop het gezag begon."]);
        else if (AuthoritySince < birthDate)
            state.AddModelError($"{prefix}.AuthoritySince", t["Deze datum ligt vóór de geboorte van de jongere."]);
    }

    public static IEnumerable<SelectListItem> PositionOptions(IStringLocalizer t) =>
        new[] { new SelectListItem(t["Kies…"], "") }
            .Concat(Enum.GetValues<CarerPosition>().Select(p => new SelectListItem(t.Of(p), p.ToString())));
}

/// <summary>A page with a carer form; lets the shared partial bind to <c>Input.*</c>.</summary>
public interface ICarerForm
{
    CarerInput Input { get; }
}
