using Samenspel.Web.Mail;

namespace Samenspel.Web.Features.Emergency;

/// <summary>Break-glass, step two: the professional writes down why, and gets read access to the youth's care data
/// for <see cref="EmergencyAccess.Duration"/>. The grant keeps the reason; the audit row (flagged emergency) only says
/// that it happened. Every privacy officer of the organisation gets a mail without the youth's name or the reason:
/// both are in the log, behind a sign-in.</summary>
[Authorize(Policy = Policies.Staff)]
[YouthData(DataCategory.Plan, Use = Use.Offer)]
public sealed class RequestModel(SamenspelDb db, Mailer mailer, SamenspelSettings settings, TimeProvider clock,
    ILogger<RequestModel> log) : PageModel
{
    public const string EventType = "emergency";

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Schrijf op waarom u noodtoegang nodig hebt.")]
        [MinLength(EmergencyAccess.ReasonMinLength, ErrorMessage = "Schrijf de reden wat uitgebreider op: minstens 20 tekens.")]
        [MaxLength(EmergencyAccess.ReasonMaxLength, ErrorMessage = "De reden is te lang (maximaal 1000 tekens).")]
        public string Reason { get; set; } = "";
    }

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public string YouthName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } done) return done;
        if (!ModelState.IsValid) return Page();
        var viewer = Viewer.From(User)!;
        var now = clock.GetUtcNow();
        var grant = new EmergencyAccess
        {
            OrganisationId = viewer.OrganisationId, YouthId = YouthId, StaffMemberId = viewer.PersonId,
            Reason = Input.Reason.Trim(), From = now, Until = now + EmergencyAccess.Duration,
        };
        db.EmergencyAccesses.Add(grant);
        db.Audit(EventType, AuditAction.Create, AuditOutcome.Success, youthId: YouthId,
            objectType: nameof(EmergencyAccess), objectId: grant.Id.ToString(), emergency: true);
        await db.SaveChangesAsync(ct);
        await AlertPrivacyOfficersAsync(viewer, grant, ct);
        return RedirectToPage("/Youths/Details", new { id = YouthId });
    }

    /// <summary>Only a youth of the viewer's own organisation. Someone who can already read the care data (on the care
    /// team, or with a grant still running) goes straight to the file.</summary>
    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var org = Viewer.From(User)!.OrganisationId;
        var youth = await db.Youths.AsNoTracking().Where(y => y.Id == YouthId && y.OrganisationId == org)
            .Select(y => new { y.GivenName, y.FamilyName }).SingleOrDefaultAsync(ct);
        if (youth is null) return NotFound();
        if (this.Grant().May(DataCategory.Plan))
            return RedirectToPage("/Youths/Details", new { id = YouthId });
        YouthName = $"{youth.GivenName} {youth.FamilyName}";
        return null;
    }

    async Task AlertPrivacyOfficersAsync(Viewer viewer, EmergencyAccess grant, CancellationToken ct)
    {
        var who = await db.Staff.Where(s => s.Id == viewer.PersonId).Select(s => s.Name).SingleAsync(ct);
        var officers = await db.Staff.AsNoTracking()
            .Where(s => s.OrganisationId == viewer.OrganisationId && s.Role == StaffRole.PrivacyOfficer)
            .Select(s => new { s.Name, s.Email }).ToListAsync(ct);
        var body = $"""
            Beste privacyfunctionaris,

            {who} heeft op {Labels.DateAndTime(grant.From)} noodtoegang genomen tot het dossier van een jongere. Dat kan tot {Labels.DateAndTime(grant.Until)}.

            Welke jongere het is en waarom, leest u in het logboek:
            {settings.PublicUrl}/Privacy/Index

            Samenspel
            """;
        foreach (var officer in officers)
        {
            try
            {
                await mailer.SendAsync(officer.Email, "Noodtoegang tot een dossier", body, "Samenspel", ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The grant stands (the colleague is in a crisis); the log still shows it to the privacy officer.
                log.LogError(e, "Could not alert privacy officer about emergency access {GrantId}", grant.Id);
            }
        }
    }
}
