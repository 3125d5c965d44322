using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Samenspel.Web.Features.Alliance;

/// <summary>
/// The results of one measurement: the youth's and the mentor's answers side by side, per statement (in the order of
/// the feedback conversation) and per scale, the trend over this youth's earlier measurements of the same instrument,
/// and the parents' answers. Who may see it is declared below (AllianceAnswers, Read) and decided by the filter. The mentor
/// can share the results with a behavioural scientist for supervision here. Nothing here compares staff members.
/// </summary>
[YouthFrom("Id", IdOf.Measurement)]
[YouthData(DataCategory.AllianceAnswers)]
[YouthData(DataCategory.AllianceAnswers, AccessAction.ShareForSupervision, Use = Use.Offer)]
[YouthData(DataCategory.AllianceAnswers, AccessAction.Write, Use = Use.Offer)]
public sealed class ResultsModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public Guid? ScientistId { get; set; }
    public bool Shared => this.Flag("shared");

    public MeasurementResults R { get; private set; } = null!;
    public bool MayShare { get; private set; }
    public bool MayHoldConversation { get; private set; }
    public IReadOnlyList<SelectListItem> Scientists { get; private set; } = [];
    public IReadOnlyList<(string Name, DateTimeOffset At)> SharedWith { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    [YouthData(DataCategory.AllianceAnswers, AccessAction.ShareForSupervision)]
    public async Task<IActionResult> OnPostShareAsync(CancellationToken ct)
    {
        var measurement = await db.Measurements.AsNoTracking().SingleAsync(m => m.Id == Id, ct);
        var scientists = await ScientistsAsync(ct);
        if (ScientistId is not { } scientist || scientists.All(s => s.Id != scientist))
        {
            ModelState.AddModelError(nameof(ScientistId), t["Kies een gedragswetenschapper uit de lijst."]);
            return await LoadAsync(ct) ?? Page();
        }
        if (!await db.SupervisionShares.AnyAsync(s => s.MeasurementId == Id && s.ScientistId == scientist, ct))
        {
            db.SupervisionShares.Add(new SupervisionShare
            {
                YouthId = measurement.YouthId, MeasurementId = Id, ScientistId = scientist, SharedBy = Viewer.From(User)!.PersonId, SharedAt = clock.GetUtcNow(),
            });
            await db.SaveOnceAsync<SupervisionShare>(s => s.MeasurementId == Id && s.ScientistId == scientist, ct); // a second press: one share
        }
        return RedirectToPage("/Alliance/Results", new { id = Id, shared = "true" });
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var grant = this.Grant();
        if (await AllianceResultsReader.ReadAsync(db, grant, Id, ct) is not { } results) return Forbid();
        R = results;
        MayShare = grant.May(DataCategory.AllianceAnswers, AccessAction.ShareForSupervision);
        // The conversation page is for staff (it records the actions); the policy decides on the youth's data.
        MayHoldConversation = Viewer.From(User)?.Kind == AccountKind.Staff && grant.May(DataCategory.AllianceAnswers, AccessAction.Write);
        if (MayShare)
        {
            Scientists = (await ScientistsAsync(ct)).Select(s => new SelectListItem(s.Name, s.Id.ToString())).Prepend(new SelectListItem(t["Kies…"], "")).ToList();
            SharedWith = (await db.SupervisionShares.AsNoTracking().Where(s => s.MeasurementId == Id)
                    .Join(db.Staff, s => s.ScientistId, m => m.Id, (s, m) => new { m.Name, s.SharedAt }).ToListAsync(ct))
                .OrderBy(s => s.SharedAt).Select(s => (s.Name, s.SharedAt)).ToList();
        }
        return null;
    }

    /// <summary>The behavioural scientists of the viewer's organisation, those on the youth's care team first.</summary>
    async Task<List<(Guid Id, string Name)>> ScientistsAsync(CancellationToken ct)
    {
        var organisation = Viewer.From(User)!.OrganisationId;
        var youthId = await db.Measurements.Where(m => m.Id == Id).Select(m => m.YouthId).SingleAsync(ct);
        var careTeam = await db.CareTeamMembers.Where(m => m.YouthId == youthId && m.Role == StaffRole.BehaviouralScientist).Select(m => m.StaffMemberId).ToListAsync(ct);
        return (await db.Staff.AsNoTracking().Where(s => s.OrganisationId == organisation && s.Role == StaffRole.BehaviouralScientist)
                .Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .OrderBy(s => careTeam.Contains(s.Id) ? 0 : 1).ThenBy(s => s.Name, StringComparer.CurrentCulture)
            .Select(s => (s.Id, s.Name)).ToList();
    }

    /// <summary>A mean or difference with at most two decimals, in the page's culture (3,5 in Dutch).</summary>
    public static string Number(decimal? value, bool signed = false) => value is { } v
        ? (signed && v > 0 ? "+" : "") + Math.Round(v, 2).ToString("0.##", CultureInfo.CurrentCulture)
        : "–";
}
