namespace Samenspel.Web.Features.Contacts;

/// <summary>One youth's contact log, newest first, as far as the policy lets the viewer read it, with the rhythm of
/// each carer's contact agreement on top. A 16+ youth who shields the contact log from a parent keeps this whole page,
/// notes included, from that parent: the policy refuses, and the refusal is audited.</summary>
[YouthData(DataCategory.ContactLog)]
[YouthData(DataCategory.ContactLog, AccessAction.Write, Use = Use.Offer)]
public sealed class IndexModel(SamenspelDb db, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, DateTimeOffset At, DateOnly On, ContactParty With, string? PartyName, ContactChannel Channel,
        ContactDirection Direction, bool Reached, ContactReason Reason, string? Note, string RecordedBy, Item Item);

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    public bool Saved => this.Flag("saved");
    public string YouthName { get; private set; } = "";
    public bool CanWrite { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<ContactStatus.CarerRhythm> Rhythms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var grant = this.Grant();
        CanWrite = grant.May(DataCategory.ContactLog, AccessAction.Write);
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        var rows = await db.ContactLog.AsNoTracking().Where(e => e.YouthId == YouthId)
            .OrderByDescending(e => e.ContactedAt).ThenByDescending(e => e.RecordedAt)
            .Select(e => new Row(e.Id, e.ContactedAt, e.ContactedOn, e.With,
                e.With == ContactParty.Carer ? db.Carers.Where(c => c.Id == e.CarerId).Select(c => c.Name).FirstOrDefault()
                : e.With == ContactParty.NetworkContact ? db.NetworkContacts.Where(n => n.Id == e.NetworkContactId).Select(n => n.Name).FirstOrDefault()
                : null,
                e.Channel, e.Direction, e.Reached, e.Reason, e.Note,
                db.Staff.Where(s => s.Id == e.RecordedByStaffId).Select(s => s.Name).First(),
                new Item(e.ContactedOn, false, e.CarerId, e.SharedWithCarers)))
            .ToListAsync(ct);
        // Dated authority (a parent sees what was recorded from the day their authority began), and a contact with one
        // carer is theirs and the team's unless shared: both are the policy's item rule.
        Rows = rows.Where(r => grant[DataCategory.ContactLog].Shows(r.Item)).ToList();
        Rhythms = (await ContactStatus.RhythmsAsync(db, [YouthId], clock.DutchToday(), ct))
            .Where(r => grant[DataCategory.ContactLog].Shows(r.Agreement)).ToList();
        return Page();
    }
}
