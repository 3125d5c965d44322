namespace Samenspel.Web.Features.Agreements;

/// <summary>Every version of one agreement, oldest first: what was agreed, by whom it was written down, and when it
/// was replaced.</summary>
[YouthData(DataCategory.Plan)]
[ShownObject("AgreementLineage", nameof(LineageId))]
public sealed class HistoryModel(SamenspelDb db) : PageModel
{
    public sealed record Version(int Number, AgreementKind Kind, string Topic, string Text, AgreementOwner Owner, string? CarerName,
        int? EveryDays, ContactChannel? Channel, string? WhatIsShared, DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset? ReplacedAt,
        Guid? CarerId = null, bool SharedWithCarers = false)
    {
        public Item Item => new(DutchCalendar.DateAt(CreatedAt), PersonalToCarer: CarerId, SharedWithCarers: SharedWithCarers);
    }

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid LineageId { get; set; }
    public string YouthName { get; private set; } = "";
    public List<Version> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var decision = this.Grant()[DataCategory.Plan];
        var versions = await db.Agreements.AsNoTracking()
            .Where(a => a.YouthId == YouthId && a.LineageId == LineageId)
            .OrderBy(a => a.Version)
            .Select(a => new Version(a.Version, a.Kind, a.Topic, a.Text, a.Owner,
                db.Carers.Where(c => c.Id == a.CarerId).Select(c => c.Name).FirstOrDefault(),
                a.EveryDays, a.Channel, a.WhatIsShared, a.CreatedAt,
                db.Users.Where(u => u.Id == a.CreatedByUserId).Select(u => u.DisplayName).FirstOrDefault(), a.ReplacedAt,
                a.CarerId, a.SharedWithCarers))
            .ToListAsync(ct);
        // Dated authority (versions recorded before a parent's authority began), and versions about another carer
        // that were not shared, stay hidden from that parent: the policy's item rule.
        Versions = versions.Where(v => decision.Shows(v.Item)).ToList();
        if (Versions.Count == 0) return NotFound();
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        return Page();
    }
}
