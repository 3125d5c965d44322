using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Samenspel.Web.Features.Shared;

/// <summary>
/// One Utrecht form field: label, optional hint, the input with what the user typed, and the error next to it,
/// tied together with aria-describedby. <c>&lt;field for="Input.Email" label="E-mailadres" type="email" /&gt;</c>.
/// Use type="textarea" for a text area and type="select" with <see cref="Options"/> for a choice list.
/// </summary>
[HtmlTargetElement("field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")] public required ModelExpression For { get; set; }
    public required string Label { get; set; }
    public string? Hint { get; set; }
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public IEnumerable<SelectListItem>? Options { get; set; }
    [ViewContext, HtmlAttributeNotBound] public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var errors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.ValidationState == ModelValidationState.Invalid
            ? entry.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).ToList()
            : [];
        var invalid = errors.Count > 0;
        var described = string.Join(' ', new[] { Hint is null ? null : $"{id}-hint", invalid ? $"{id}-error" : null }.Where(x => x is not null));
        // A date that was read fine goes back in the picker's own form (2026-12-01): a date input shows "1-12-2026" as empty.
        var value = !invalid && Type is "date" or "datetime-local" && For.Model is IFormattable when ? PickerValue(when)
            : entry?.AttemptedValue ?? (For.Model is IFormattable f ? f.ToString(null, null) : For.Model?.ToString());
        var enc = HtmlEncoder.Default;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-field" + (invalid ? " utrecht-form-field--invalid" : ""));
        var html = new System.Text.StringBuilder();
        html.Append($"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{id}\">{enc.Encode(Label)}</label></div>");
        if (Hint is not null)
            html.Append($"<div class=\"utrecht-form-field-description\" id=\"{id}-hint\">{enc.Encode(Hint)}</div>");
        if (invalid)
            html.Append($"<div class=\"utrecht-form-field-error-message\" id=\"{id}-error\">{enc.Encode(string.Join(" ", errors))}</div>");
        var common = $"id=\"{id}\" name=\"{enc.Encode(name)}\"" +
                     (described.Length > 0 ? $" aria-describedby=\"{described}\"" : "") +
                     (invalid ? " aria-invalid=\"true\"" : "") +
                     (IsRequired() ? " aria-required=\"true\"" : "") +
                     (Autocomplete is null ? "" : $" autocomplete=\"{enc.Encode(Autocomplete)}\"");
        html.Append("<div class=\"utrecht-form-field__input\">");
        switch (Type)
        {
            case "textarea":
                html.Append($"<textarea class=\"utrecht-textarea utrecht-textarea--html-textarea{(invalid ? " utrecht-textarea--invalid" : "")}\" rows=\"4\" {common}>{enc.Encode(value ?? "")}</textarea>");
                break;
            case "select":
                html.Append($"<select class=\"utrecht-select utrecht-select--html-select{(invalid ? " utrecht-select--invalid" : "")}\" {common}>");
                foreach (var o in Options ?? [])
                    html.Append($"<option value=\"{enc.Encode(o.Value)}\"{(o.Value == value ? " selected" : "")}>{enc.Encode(o.Text)}</option>");
                html.Append("</select>");
                break;
            default:
                html.Append($"<input class=\"utrecht-textbox utrecht-textbox--html-input{(invalid ? " utrecht-textbox--invalid" : "")}\" type=\"{enc.Encode(Type)}\" {common}" +
                            (Type == "password" ? "" : $" value=\"{enc.Encode(value ?? "")}\"") + ">");
                break;
        }
        html.Append("</div>");
        output.Content.SetHtmlContent(html.ToString());
    }

    string PickerValue(IFormattable when)
    {
        var format = Type == "date" ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm";
        return when is DateTimeOffset instant ? DutchCalendar.TimeAt(instant).ToString(format, CultureInfo.InvariantCulture) : when.ToString(format, CultureInfo.InvariantCulture);
    }

    bool IsRequired() => For.Metadata.IsRequired && For.Metadata.ModelType != typeof(bool);
}
