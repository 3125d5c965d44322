using System.Globalization;
using Samenspel.Web.Instruments;

namespace Samenspel.Web.Features.Admin.Instruments;

/// <summary>"Vragenlijst toevoegen": upload or paste a FHIR Questionnaire. On a refusal every problem is listed and
/// what was pasted (or the uploaded file's text) stays in the box, so it can be fixed there.</summary>
[RequestSizeLimit(2 * QuestionnaireReader.MaxLength)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * QuestionnaireReader.MaxLength, ValueLengthLimit = 2 * QuestionnaireReader.MaxLength)]
[Authorize(Policy = Policies.Administrator)]
public sealed class AddModel(SamenspelDb db, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class AddInput
    {
        public string? Json { get; set; }
        public IFormFile? File { get; set; }
    }

    [BindProperty] public AddInput Input { get; set; } = new();
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var json = Input.Json;
        if (Input.File is { Length: > 0 } file)
        {
            if (file.Length > QuestionnaireReader.MaxLength)
            {
                ModelState.AddModelError("Input.File", t["Het bestand is groter dan 5 MB."]);
                return Page();
            }
            using var reader = new StreamReader(file.OpenReadStream());
            json = await reader.ReadToEndAsync(ct);
            // Show the file's text in the box, so that a refused file can be fixed right here.
            ModelState.SetModelValue("Input.Json", json, json);
        }
        if (string.IsNullOrWhiteSpace(json))
        {
            ModelState.AddModelError("Input.Json", t["Kies een bestand of plak de tekst van de vragenlijst."]);
            return Page();
        }
        var result = await InstrumentImport.ImportAsync(db, json, Viewer.From(User)!.OrganisationId, ct);
        if (result.FormId is { } id) return RedirectToPage("/Admin/Instruments/Index", new { added = id });
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        Errors = result.Errors.Select(e => english ? e.English : e.Dutch).ToList();
        ModelState.AddModelError("Input.Json", t["De vragenlijst is niet toegevoegd. Bekijk de fouten hierboven."]);
        return Page();
    }
}
