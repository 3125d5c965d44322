using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Samenspel.Web.Features.Shared;

/// <summary>
/// The error summary at the top of the page (the NL Design System and GOV.UK pattern): when a posted form comes back
/// with errors, a box announced as an alert lists every field error as a link to its field, so nobody has to hunt for
/// a message at the bottom of a long page. It sits once in the layout. The links use the ids that
/// <see cref="FieldTagHelper"/> gives its inputs (Input.Text → #Input_Text). Errors not tied to a field ("") are left
/// to the page that adds them.
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(IStringLocalizer<SharedResource> t) : TagHelper
{
    [ViewContext, HtmlAttributeNotBound] public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ViewData.ModelState
            .Where(e => e.Key.Length > 0 && e.Value is { ValidationState: ModelValidationState.Invalid })
            .SelectMany(e => e.Value!.Errors.Where(x => x.ErrorMessage.Length > 0).Select(x => (Id: TagBuilder.CreateSanitizedId(e.Key, "_"), x.ErrorMessage)))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        var enc = HtmlEncoder.Default;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-alert utrecht-alert--error error-summary");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("aria-labelledby", "error-summary-title");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("data-testid", "error-summary");
        var html = new StringBuilder("<div class=\"utrecht-alert__message\">");
        html.Append($"<h2 class=\"utrecht-heading-2\" id=\"error-summary-title\">{enc.Encode(t["Nog niet alles is goed ingevuld"])}</h2>");
        html.Append("<ul class=\"utrecht-unordered-list\">");
        foreach (var (id, message) in errors)
            html.Append($"<li class=\"utrecht-unordered-list__item\"><a class=\"utrecht-link\" href=\"#{enc.Encode(id)}\">{enc.Encode(message)}</a></li>");
        html.Append("</ul></div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
