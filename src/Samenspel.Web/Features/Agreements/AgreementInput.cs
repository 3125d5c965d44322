using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Samenspel.Web.Features.Agreements;

/// <summary>The agreement form. The topic is chosen once; a contact agreement stays with the carer it was made with.</summary>
public sealed class AgreementInput
{
    /// <summary>Made when the form is shown and used as a new agreement's id, so Back-and-send-again stores one.</summary>
    public Guid SubmissionId { get; set; } = Guid.CreateVersion7();

    [StringLength(100, ErrorMessage = "Het onderwerp is te lang (maximaal 100 tekens).")]
    public string? Topic { get; set; }

    /// <summary>A topic of one's own, next to the list of everyday topics.</summary>
    [StringLength(100, ErrorMessage = "Het onderwerp is te lang (maximaal 100 tekens).")]
    public string? OtherTopic { get; set; }

    [Required(ErrorMessage = "Schrijf de afspraak op.")]
    [StringLength(2000, ErrorMessage = "De afspraak is te lang (maximaal 2000 tekens).")]
    public string Text { get; set; } = "";

    [Required(ErrorMessage = "Kies wie de afspraak uitvoert.")]
    public AgreementOwner? Owner { get; set; }

    /// <summary>The carer who carries out a working or everyday agreement, or the carer a contact agreement is with.</summary>
    [BindingMessage("Kies een ouder uit de lijst.")]
    public Guid? CarerId { get; set; }

    [Range(1, 90, ErrorMessage = "Kies een aantal dagen van 1 tot en met 90.")]
    public int? EveryDays { get; set; }

    [BindingMessage("Kies hoe er contact is.")]
    public ContactChannel? Channel { get; set; }

    [StringLength(1000, ErrorMessage = "Deze tekst is te lang (maximaal 1000 tekens).")]
    public string? WhatIsShared { get; set; }

    /// <summary>An agreement about one carer: the other carers see it too (only then).</summary>
    public bool SharedWithCarers { get; set; }

    /// <summary>The topic typed by hand wins over the one picked from the list.</summary>
    public string? ChosenTopic => Clean(OtherTopic) ?? Clean(Topic);

    /// <summary>Rules that depend on the kind and on the youth's carers; reported next to the field.</summary>
    public void Validate(ModelStateDictionary state, string prefix, AgreementKind kind, bool isNew, IReadOnlyCollection<Guid> carers, IStringLocalizer t)
    {
        if (isNew && kind != AgreementKind.Contact && ChosenTopic is null)
            state.AddModelError($"{prefix}.Topic", t["Vul het onderwerp in."]);
        if (CarerId is { } carer && !carers.Contains(carer))
            state.AddModelError($"{prefix}.CarerId", t["Kies een ouder uit de lijst."]);
        if (kind == AgreementKind.Contact)
        {
            if (isNew && CarerId is null) state.AddModelError($"{prefix}.CarerId", t["Kies met welke ouder deze afspraak is."]);
            if (EveryDays is null && state.GetFieldValidationState($"{prefix}.EveryDays") != ModelValidationState.Invalid)
                state.AddModelError($"{prefix}.EveryDays", t["Vul in om de hoeveel dagen er contact is."]);
            if (Channel is null && state.GetFieldValidationState($"{prefix}.Channel") != ModelValidationState.Invalid)
                state.AddModelError($"{prefix}.Channel", t["Kies hoe er contact is."]);
        }
        else if (Owner == AgreementOwner.Carer && CarerId is null)
            state.AddModelError($"{prefix}.CarerId", t["Kies welke ouder dit doet."]);
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
