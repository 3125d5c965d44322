using Microsoft.AspNetCore.Mvc.Rendering;

namespace Samenspel.Web.Features.Messages;

/// <summary>The youth or a carer reports the youth sick or absent. The carers with authority are told (on their home
/// page and by e-mail, by <see cref="MessageMail"/>); the care team sees it on the caseload.</summary>
[YouthData(DataCategory.Messages)]
[YouthData(DataCategory.Messages, AccessAction.ReportAbsence, Use = Use.Offer)]
public sealed class AbsenceModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int MaxDays = 60;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Kies ziek of afwezig.")]
        public AbsenceKind? Kind { get; set; } = AbsenceKind.Sick;

        [Required(ErrorMessage = "Vul de eerste dag in.")]
        public DateOnly? From { get; set; }

        [Required(ErrorMessage = "Vul de laatste dag in.")]
        public DateOnly? Until { get; set; }

        [StringLength(AbsenceReport.NoteLength, ErrorMessage = "De notitie is te lang (maximaal 500 tekens).")]
        public string? Note { get; set; }

        public Guid SubmissionId { get; set; } = Guid.CreateVersion7();
    }

    public sealed record Row(Guid Id, AbsenceKind Kind, DateOnly From, DateOnly Until, string? Note, string ReportedBy, DateTimeOffset ReportedAt);

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    public bool Saved => this.Flag("saved");
    [BindProperty] public InputModel Input { get; set; } = new();
    public string YouthName { get; private set; } = "";
    public bool CanReport { get; private set; }
    public bool IsYouth { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IEnumerable<SelectListItem> KindOptions => Enum.GetValues<AbsenceKind>().Select(k => new SelectListItem(t.Of(k), k.ToString()));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Input.From = Input.Until = clock.DutchToday();
        await LoadAsync(this.Grant()[DataCategory.Messages], ct);
        return Page();
    }

    /// <summary>Reporting: the youth and the carers who may write messages; the team does not (the policy's ReportAbsence).</summary>
    [YouthData(DataCategory.Messages, AccessAction.ReportAbsence)]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var read = this.Grant()[DataCategory.Messages];
        var viewer = Viewer.From(User)!;
        var now = clock.GetUtcNow();
        var today = DutchCalendar.DateAt(now);
        if (Input.From is { } from && from < today) ModelState.AddModelError("Input.From", t["Deze dag is al geweest. Meld afwezigheid vanaf vandaag."]);
        if (Input.From is { } f && Input.Until is { } u)
        {
            if (u < f) ModelState.AddModelError("Input.Until", t["De laatste dag ligt voor de eerste dag."]);
            else if (u.DayNumber - f.DayNumber >= MaxDays) ModelState.AddModelError("Input.Until", t["Meld hoogstens 60 dagen tegelijk."]);
        }
        var trajectoryId = await db.Trajectories.AsNoTracking().CurrentTrajectory(YouthId).Select(x => (Guid?)x.Id).SingleOrDefaultAsync(ct);
        if (trajectoryId is null) ModelState.AddModelError("Input.From", t["Er is nog geen traject. Afmelden kan nog niet."]);
        if (!ModelState.IsValid)
        {
            await LoadAsync(read, ct);
            return Page();
        }
        var carer = viewer.Kind == AccountKind.Carer ? viewer.PersonId : (Guid?)null;
        var report = new AbsenceReport
        {
            Id = Input.SubmissionId, YouthId = YouthId, TrajectoryId = trajectoryId!.Value, Kind = Input.Kind!.Value, From = Input.From!.Value,
            Until = Input.Until!.Value, Note = string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim(), ReportedByCarerId = carer,
            ReportedAt = now, ReportedOn = today,
        };
        if (await db.InsertOnceAsync(report, a => a.YouthId == YouthId && a.ReportedByCarerId == carer, ct) is Submission.Refused)
        {
            Input.SubmissionId = InsertOnce.Refuse(ModelState, "Input.Note", t);
            await LoadAsync(read, ct);
            return Page();
        }
        return RedirectToPage("/Messages/Absence", new { youthId = YouthId, saved = "true" });
    }

    async Task LoadAsync(AccessDecision decision, CancellationToken ct)
    {
        IsYouth = Viewer.From(User)?.Kind == AccountKind.Youth;
        CanReport = this.Grant().May(DataCategory.Messages, AccessAction.ReportAbsence);
        var youth = await db.Youths.Where(y => y.Id == YouthId).Select(y => new { y.GivenName, y.FamilyName }).SingleAsync(ct);
        YouthName = $"{youth.GivenName} {youth.FamilyName}";
        var rows = await db.AbsenceReports.AsNoTracking().Where(a => a.YouthId == YouthId).OrderByDescending(a => a.From).Take(50)
            .Select(a => new
            {
                Row = new Row(a.Id, a.Kind, a.From, a.Until, a.Note,
                    db.Carers.Where(c => c.Id == a.ReportedByCarerId).Select(c => c.Name).FirstOrDefault() ?? youth.GivenName, a.ReportedAt),
                a.ReportedOn, a.ReportedByCarerId,
            })
            .ToListAsync(ct);
        // That the youth is absent is news about the youth, for everyone who reads the messages (dated authority
        // applies). The note is what the reporter wrote: a carer's note is theirs and the team's, and a carer's own
        // report stays theirs to read. Both are the policy's item rule.
        Rows = rows.Select(r => (r.Row, Fact: new Item(r.ReportedOn), Note: new Item(r.ReportedOn, PersonalToCarer: r.ReportedByCarerId)))
            .Where(r => decision.Shows(r.Fact) || decision.Shows(r.Note))
            .Select(r => decision.Shows(r.Note) ? r.Row : r.Row with { Note = null }).ToList();
    }
}
