using Microsoft.AspNetCore.Mvc.Rendering;
using Samenspel.Domain.Scheduling;

namespace Samenspel.Web.Features.Alliance;

/// <summary>Starts a measurement of the working relationship: the planned one the team's rules ask for, or an
/// extra one. The mentor, the shadow mentor or a counsellor on the care team picks the day; a day outside the
/// trajectory or too close to another measurement is refused.</summary>
[Authorize(Policy = Policies.Staff)]
[YouthData(DataCategory.AllianceAnswers, AccessAction.Write)]
public sealed class StartModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string AllianceKey = "https://samenspel.nl/fhir/instrument/werkrelatie";

    public sealed class InputModel
    {
        /// <summary>"planned" or "adhoc".</summary>
        public string? Kind { get; set; }
        public Guid? InstrumentVersionId { get; set; }
        public string? PlannedOn { get; set; }
        /// <summary>Made when the form is shown and used as the measurement's id, so a double submit starts one.</summary>
        public Guid SubmissionId { get; set; } = Guid.CreateVersion7();
    }

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public string YouthName { get; private set; } = "";
    public MeasurementStatus.TrajectoryFacts Facts { get; private set; } = null!;
    public MeasurementDue? Next { get; private set; }
    public IEnumerable<SelectListItem> Instruments { get; private set; } = [];
    DateOnly Today => clock.DutchToday();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // The form shows the youth's measurement status: a read of the alliance data (the filter audits the write's GET as one).
        if (await LoadAsync(ct) is { } refused) return refused;
        Input.Kind = Next is null ? "adhoc" : "planned";
        var suggested = Next is { } n && n.OpensOn > Today ? n.OpensOn : Today;
        Input.PlannedOn = suggested.ToString("yyyy-MM-dd");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        // Sent again (Back, or a double click): the measurement this form started already counts against the interval rule.
        var me = Viewer.From(User)!.PersonId;
        if (await db.Measurements.AnyAsync(m => m.Id == Input.SubmissionId && m.YouthId == YouthId && m.CreatedBy == me, ct))
            return RedirectToPage("/Alliance/Measurements", new { youthId = YouthId, started = "true" });
        ModelState.Clear();
        if (Input.Kind is not ("planned" or "adhoc") || (Input.Kind == "planned" && Next is null))
            ModelState.AddModelError("Input.Kind", t["Kies welke meting u start."]);
        if (Input.InstrumentVersionId is not { } version || !Instruments.Any(i => i.Value == version.ToString()))
            ModelState.AddModelError("Input.InstrumentVersionId", t["Kies een vragenlijst uit de lijst."]);
        DateOnly day = default;
        if (string.IsNullOrWhiteSpace(Input.PlannedOn))
            ModelState.AddModelError("Input.PlannedOn", t["Vul de dag van de meting in."]);
        else if (!DutchDates.TryParseDate(Input.PlannedOn, out day))
            ModelState.AddModelError("Input.PlannedOn", t["Vul een datum in, bijvoorbeeld 23-11-2026."]);
        else if (!Facts.MayMeasureOn(day))
            ModelState.AddModelError("Input.PlannedOn", t["Kies een dag van {0} tot en met {1}, en minstens {2} voor of na een andere meting.",
                Labels.Date(Facts.Start), Labels.Date(Facts.ExpectedEnd), t.Plural(Facts.Rules.MinimumIntervalWeeks, "1 week", "{0} weken")]);
        if (!ModelState.IsValid) return Page();

        var measurement = new Measurement
        {
            Id = Input.SubmissionId, YouthId = YouthId, TrajectoryId = Facts.TrajectoryId, InstrumentVersionId = Input.InstrumentVersionId!.Value,
            PlannedOn = day,
            Purpose = Input.Kind == "planned" ? (Next!.Purpose == MeasurementPurpose.First ? MeasurementKind.First : MeasurementKind.Midway) : MeasurementKind.AdHoc,
            CreatedBy = me, CreatedAt = clock.GetUtcNow(),
        };
        if (await db.InsertOnceAsync(measurement, m => m.YouthId == YouthId && m.CreatedBy == me, ct) is Submission.Refused)
        {
            Input.SubmissionId = InsertOnce.Refuse(ModelState, "Input.PlannedOn", t);
            return Page();
        }
        return RedirectToPage("/Alliance/Measurements", new { youthId = YouthId, started = "true" });
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if ((await MeasurementStatus.FactsAsync(db, [YouthId], ct)).GetValueOrDefault(YouthId) is not { } facts) return NotFound();
        Facts = facts;
        Next = facts.Next;
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        var organisation = Viewer.From(User)!.OrganisationId;
        // The latest version of every instrument the organisation may use; the shipped alliance check first.
        var versions = await db.InstrumentVersions.AsNoTracking()
            .Join(db.Instruments.Where(i => i.OrganisationId == null || i.OrganisationId == organisation), v => v.InstrumentId, i => i.Id,
                (v, i) => new { v.Id, v.ImportedAt, i.Key, i.Title, v.Version, InstrumentId = i.Id })
            .ToListAsync(ct);
        var latest = versions.GroupBy(v => v.InstrumentId).Select(g => g.MaxBy(v => v.ImportedAt)!)
            .OrderBy(v => v.Key == AllianceKey ? 0 : 1).ThenBy(v => v.Title).ToList();
        Input.InstrumentVersionId ??= latest.FirstOrDefault()?.Id;
        Instruments = latest.Select(v => new SelectListItem(v.Version.Length > 0 ? $"{v.Title} ({v.Version})" : v.Title, v.Id.ToString()));
        return null;
    }
}
