namespace Samenspel.Web.Features.Journal;

/// <summary>A professional on the care team hides one journal page from every carer, with a recorded reason. Still at
/// /Youths/ShieldItem.</summary>
[YouthData(DataCategory.Journal)]
[YouthData(DataCategory.Journal, AccessAction.ShieldFromCarers)]
public sealed class ShieldModel(SamenspelDb db) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Schrijf op waarom u dit afschermt.")]
        [StringLength(500, ErrorMessage = "De reden is te lang (maximaal 500 tekens).")]
        public string Reason { get; set; } = "";
    }

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid EntryId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public DateOnly RecordedOn { get; private set; }
    public string Text { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        var entry = await db.JournalEntries.SingleAsync(j => j.Id == EntryId, ct);
        entry.ShieldFromCarers(Input.Reason);
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Youths/Details", new { id = YouthId });
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var entry = await db.JournalEntries.AsNoTracking().Where(j => j.Id == EntryId && j.YouthId == YouthId)
            .Select(j => new { j.RecordedOn, j.Text }).SingleOrDefaultAsync(ct);
        if (entry is null) return NotFound();
        (RecordedOn, Text) = (entry.RecordedOn, entry.Text);
        return null;
    }
}
