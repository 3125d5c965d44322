namespace Samenspel.Web.Features.Youths;

/// <summary>Who looked at or changed this youth's file, one line per visit. Reading it is itself audited, through
/// the same gate. People outside the youth's circle (care team, carers, the youth) appear by role only, and rows
/// about a category the youth shields from the reader are left out.</summary>
[YouthFrom("id")]
[YouthData(DataCategory.AccessLog)]
public sealed class AccessLogModel(SamenspelDb db, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>Events by the same person this close together form one visit.</summary>
    public static readonly TimeSpan VisitWindow = TimeSpan.FromMinutes(30);

    public sealed record Event(DateTimeOffset At, Guid? UserId, string? Role, AuditAction Action, string What, AuditOutcome Outcome, bool Emergency = false);
    public sealed record Visit(DateTimeOffset Start, Guid? UserId, string? Role, IReadOnlyList<Event> Events);
    /// <param name="Emergency">someone in this visit looked with break-glass access (noodtoegang)</param>
    public sealed record Line(string Summary, IReadOnlyList<string> Details, bool Emergency = false);

    public string YouthName { get; private set; } = "";
    public bool ReaderIsYouth { get; private set; }
    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var viewer = Viewer.From(User)!;
        ReaderIsYouth = viewer.Kind == AccountKind.Youth;
        var youth = await db.Youths.AsNoTracking().Where(y => y.Id == id).Select(y => new { y.GivenName, y.FamilyName, y.UserId }).SingleAsync(ct);
        YouthName = $"{youth.GivenName} {youth.FamilyName}";

        var shielded = viewer.Kind == AccountKind.Carer
            ? (await db.CategoryShields.Where(s => s.YouthId == id && s.CarerId == viewer.PersonId).Select(s => s.ShieldedCategory).ToListAsync(ct))
                .Select(c => c.ToString()).ToList()
            : [];
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.YouthId == id && !shielded.Contains(e.EventType))
            .OrderByDescending(e => e.Sequence).Take(1000)
            .Select(e => new Event(e.OccurredAt, e.UserId, e.Role, e.Action, e.EventType, e.Outcome, e.Emergency))
            .ToListAsync(ct);
        events.Reverse(); // oldest first, so that events at the same instant keep the order they happened in

        var circle = await CircleAsync(id, youth.UserId, $"{youth.GivenName} {youth.FamilyName}", ct);
        var file = ReaderIsYouth ? t["je dossier"] : t["het dossier van {0}", youth.GivenName];
        Lines = Group(events, VisitWindow).Select(v => Describe(v, circle, file)).ToList();
        return Page();
    }

    /// <summary>The people whose names the log shows, by user id: the care team of every trajectory of the youth,
    /// the youth's carers and the youth.</summary>
    async Task<Dictionary<Guid, string>> CircleAsync(Guid youthId, Guid? youthUserId, string youthName, CancellationToken ct)
    {
        var staff = await db.CareTeamMembers.Where(m => m.YouthId == youthId)
            .Join(db.Staff.Where(s => s.UserId != null), m => m.StaffMemberId, s => s.Id, (m, s) => new { UserId = s.UserId!.Value, s.Name })
            .ToListAsync(ct);
        var carers = await db.CarerLinks.Where(l => l.YouthId == youthId)
            .Join(db.Carers.Where(c => c.UserId != null), l => l.CarerId, c => c.Id, (l, c) => new { UserId = c.UserId!.Value, c.Name })
            .ToListAsync(ct);
        var circle = staff.Concat(carers).DistinctBy(p => p.UserId).ToDictionary(p => p.UserId, p => p.Name);
        if (youthUserId is { } self) circle[self] = youthName;
        return circle;
    }

    /// <summary>Events (oldest first; ties keep their order) grouped into visits, newest first: an event joins the person's latest visit when
    /// it follows that visit's last event within <paramref name="window"/>. Without a user (a system job) the role
    /// stands for the person.</summary>
    public static IReadOnlyList<Visit> Group(IEnumerable<Event> events, TimeSpan window)
    {
        var open = new Dictionary<(Guid?, string?), List<Event>>();
        var visits = new List<List<Event>>();
        foreach (var e in events.OrderBy(e => e.At))
        {
            var who = (e.UserId, e.UserId is null ? e.Role : null);
            if (!open.TryGetValue(who, out var visit) || e.At - visit[^1].At > window)
                visits.Add(open[who] = visit = []);
            visit.Add(e);
        }
        return visits.Select((v, i) => (Visit: new Visit(v[0].At, v[0].UserId, v[0].Role, v), Index: i))
            .OrderByDescending(x => x.Visit.Start).ThenByDescending(x => x.Index).Select(x => x.Visit).ToList();
    }

    Line Describe(Visit visit, IReadOnlyDictionary<Guid, string> circle, string file)
    {
        var who = visit.UserId is { } user && circle.TryGetValue(user, out var name) ? name : Capitalised(RoleOf(visit));
        // Taking break-glass access is not work in the file: the visit reads "bekeek" unless something was changed.
        var changed = visit.Events.Any(e => e.Action != AuditAction.Read && e.Outcome == AuditOutcome.Success && e.What != Emergency.RequestModel.EventType);
        var summary = changed ? t["{0} werkte in {1}, {2}", who, file, Labels.DateAndTime(visit.Start)]
            : t["{0} bekeek {1}, {2}", who, file, Labels.DateAndTime(visit.Start)];
        return new Line(summary, visit.Events.Select(Detail).Distinct().ToList(), visit.Events.Any(e => e.Emergency));
    }

    string RoleOf(Visit visit)
    {
        if (visit.UserId is null) return t["het systeem"];
        return Enum.TryParse<StaffRole>(visit.Role, out var role) ? role switch
        {
            StaffRole.Mentor => t["een mentor"],
            StaffRole.ShadowMentor => t["een schaduwmentor"],
            StaffRole.Counsellor => t["een begeleider"],
            StaffRole.BehaviouralScientist => t["een gedragswetenschapper"],
            StaffRole.TeamLead => t["een teamleider"],
            StaffRole.PrivacyOfficer => t["een privacyfunctionaris"],
            _ => t["een beheerder"],
        } : t["iemand anders"];
    }

    static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    string Detail(Event e)
    {
        switch (e.What)
        {
            case Emergency.RequestModel.EventType: return t["nam noodtoegang"];
            case Emergency.IndexModel.SearchEventType: return t["zocht de naam op"];
            case Privacy.IndexModel.EventType: return t["bekeek het logboek"];
        }
        var category = Enum.TryParse<DataCategory>(e.What, out var c) ? t.Of(c) : t["iets anders"];
        if (e.Outcome != AuditOutcome.Success)
            return e.Action == AuditAction.Read ? t["mocht {0} niet bekijken", category] : t["mocht {0} niet veranderen", category];
        return e.Action switch
        {
            AuditAction.Read => t["bekeek {0}", category],
            AuditAction.Create => t["voegde toe aan {0}", category],
            AuditAction.Delete => t["verwijderde uit {0}", category],
            _ => t["veranderde {0}", category],
        };
    }
}
