namespace Samenspel.Web.Features.Journal;

/// <summary>The youth writes a page of their weekly journal. Still at /Me/Journal, and for youths only, as the pages in /Me.</summary>
[Authorize(Policy = Policies.Youth)]
[YouthFrom("", IdOf.Self)]
public sealed class WriteModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Schrijf eerst iets op.")]
        [StringLength(4000, ErrorMessage = "Dit is te lang. Je kunt maximaal 4000 tekens schrijven.")]
        public string Text { get; set; } = "";

        /// <summary>Made when the form is shown and used as the entry's id, so a double submit stores one entry.</summary>
        public Guid SubmissionId { get; set; } = Guid.CreateVersion7();
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public bool Saved => this.Flag("saved");

    public void OnGet() { }

    [YouthData(DataCategory.Journal, AccessAction.Write)]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var youthId = this.Grant().YouthId;
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow();
        var entry = new JournalEntry { Id = Input.SubmissionId, YouthId = youthId, WrittenAt = now, RecordedOn = DutchCalendar.DateAt(now), Text = Input.Text.Trim() };
        if (await db.InsertOnceAsync(entry, j => j.YouthId == youthId, ct) is Submission.Refused)
        {
            Input.SubmissionId = InsertOnce.Refuse(ModelState, "Input.Text", t);
            return Page();
        }
        return RedirectToPage(new { saved = "true" });
    }
}
