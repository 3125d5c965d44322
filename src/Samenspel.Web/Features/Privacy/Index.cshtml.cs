namespace Samenspel.Web.Features.Privacy;

/// <summary>The privacy officer's log (logboek): the organisation's audit events, newest first, filterable by period
/// and by youth, with the break-glass grants and their reasons on top. Only the privacy officer opens it (others get
/// 404, see <see cref="HiddenWhenForbidden"/>), and every opening is itself an audit event.</summary>
[Authorize(Policy = Policies.PrivacyOfficer)]
public sealed class IndexModel(SamenspelDb db, YouthAccess access, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int PageSize = 50;
    public const string EventType = "audit";

    public sealed record Row(DateTimeOffset At, string Who, string Role, string What, string Action, AuditOutcome Outcome, string OutcomeText, Guid? YouthId,
        string? YouthName, string? Object, bool Emergency);
    public sealed record Grant(DateTimeOffset From, DateTimeOffset Until, string Staff, string YouthName, string Reason, bool Active);

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Youth { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Grant> Grants { get; private set; } = [];
    public bool HasNextPage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = access.Viewer!;
        var org = viewer.OrganisationId;
        PageNumber = Math.Max(1, PageNumber);
        DateTimeOffset? start = From is { } f ? DutchCalendar.ToInstant(f.ToDateTime(TimeOnly.MinValue)) : null;
        DateTimeOffset? end = To is { } to ? DutchCalendar.ToInstant(to.AddDays(1).ToDateTime(TimeOnly.MinValue)) : null;
        var term = Youth?.Trim().ToLower();
        var youths = db.Youths.Where(y => y.OrganisationId == org && (y.GivenName + " " + y.FamilyName).ToLower().Contains(term ?? ""))
            .Select(y => (Guid?)y.Id);

        var events = db.AuditEvents.AsNoTracking().Where(e => e.OrganisationId == org);
        if (start is not null) events = events.Where(e => e.OccurredAt >= start);
        if (end is not null) events = events.Where(e => e.OccurredAt < end);
        if (!string.IsNullOrEmpty(term)) events = events.Where(e => youths.Contains(e.YouthId));
        var found = await events.OrderByDescending(e => e.Sequence).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(e => new { e.OccurredAt, e.UserId, e.Role, e.EventType, e.Action, e.Outcome, e.YouthId, e.ObjectType, e.ObjectId, e.Emergency })
            .ToListAsync(ct);
        HasNextPage = found.Count > PageSize;
        found = found.Take(PageSize).ToList();

        var grants = db.EmergencyAccesses.AsNoTracking().Where(g => g.OrganisationId == org);
        if (start is not null) grants = grants.Where(g => g.Until > start);
        if (end is not null) grants = grants.Where(g => g.From < end);
        if (!string.IsNullOrEmpty(term)) grants = grants.Where(g => youths.Contains(g.YouthId));
        var now = db.Clock.GetUtcNow();
        Grants = PageNumber > 1 ? [] : await grants.OrderByDescending(g => g.From).Take(PageSize)
            .Join(db.Staff, g => g.StaffMemberId, s => s.Id, (g, s) => new { g, Staff = s.Name })
            .Join(db.Youths, x => x.g.YouthId, y => y.Id, (x, y) => new Grant(x.g.From, x.g.Until, x.Staff, y.GivenName + " " + y.FamilyName, x.g.Reason, x.g.Until > now))
            .ToListAsync(ct);

        var names = await NamesAsync(found.Where(e => e.UserId is not null).Select(e => e.UserId!.Value).Distinct().ToList(), ct);
        var youthIds = found.Where(e => e.YouthId is not null).Select(e => e.YouthId!.Value).Distinct().ToList();
        var youthNames = await db.Youths.Where(y => youthIds.Contains(y.Id)).ToDictionaryAsync(y => y.Id, y => y.GivenName + " " + y.FamilyName, ct);
        Rows = found.Select(e => new Row(e.OccurredAt,
            e.UserId is { } u ? names.GetValueOrDefault(u, t["onbekend"]) : t["het systeem"],
            RoleLabel(e.Role), What(e.EventType), ActionLabel(e.Action), e.Outcome, OutcomeLabel(e.Outcome), e.YouthId,
            e.YouthId is { } y ? youthNames.GetValueOrDefault(y) : null,
            e.ObjectId is null ? null : $"{e.ObjectType} {e.ObjectId}", e.Emergency)).ToList();

        // Reading the log is itself logged (NEN 7513). Which filters were used is not stored: a name is content.
        db.Audit(EventType, AuditAction.Read, AuditOutcome.Success, objectType: "AuditLog");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The names of the signed-in people behind the events: staff, carers and youths of the organisation.</summary>
    async Task<Dictionary<Guid, string>> NamesAsync(List<Guid> userIds, CancellationToken ct)
    {
        var staff = await db.Staff.Where(s => s.UserId != null && userIds.Contains(s.UserId.Value)).Select(s => new { Id = s.UserId!.Value, s.Name }).ToListAsync(ct);
        var carers = await db.Carers.Where(c => c.UserId != null && userIds.Contains(c.UserId.Value)).Select(c => new { Id = c.UserId!.Value, c.Name }).ToListAsync(ct);
        var youths = await db.Youths.Where(y => y.UserId != null && userIds.Contains(y.UserId.Value))
            .Select(y => new { Id = y.UserId!.Value, Name = y.GivenName + " " + y.FamilyName }).ToListAsync(ct);
        return staff.Concat(carers).Concat(youths).DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.Name);
    }

    static readonly Dictionary<string, string> EventTypes = new()
    {
        [EventType] = "het logboek",
        [Emergency.RequestModel.EventType] = "noodtoegang gevraagd",
        [Emergency.IndexModel.SearchEventType] = "zoeken naar een jongere",
        ["login"] = "inlogpoging",
        ["logout"] = "einde sessie",
        ["lockout"] = "geblokkeerd",
        ["two-factor"] = "tweede stap bij inloggen",
        ["token"] = "toegangssleutel",
        ["invitation"] = "uitnodiging gemaakt",
        ["reminder"] = "herinnering verstuurd",
        ["instrument"] = "vragenlijst ingelezen",
    };

    string What(string type) => Enum.TryParse<DataCategory>(type, out var c) ? t.Of(c)
        : EventTypes.TryGetValue(type, out var key) ? t[key] : t["anders ({0})", type];

    string ActionLabel(AuditAction action) => t[action switch
    {
        AuditAction.Create => "toegevoegd",
        AuditAction.Read => "bekeken",
        AuditAction.Update => "veranderd",
        AuditAction.Delete => "verwijderd",
        _ => "uitgevoerd",
    }];

    string OutcomeLabel(AuditOutcome outcome) => t[outcome switch
    {
        AuditOutcome.Success => "gelukt",
        AuditOutcome.Denied => "geweigerd",
        _ => "mislukt",
    }];

    string RoleLabel(string? role) =>
        Enum.TryParse<StaffRole>(role, out var staff) ? t.Of(staff)
        : Enum.TryParse<CarerPosition>(role, out var position) ? t.Of(position)
        : role switch
        {
            "Youth" => t["jongere"],
            "CourtAppointed" => t["curator of mentor (rechter)"],
            nameof(AccountKind.Carer) => t["ouder of opvoeder"],
            nameof(AccountKind.Staff) => t["medewerker"],
            null => "",
            _ => t["anders ({0})", role],
        };
}
