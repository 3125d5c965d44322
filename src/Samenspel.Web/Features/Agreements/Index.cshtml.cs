namespace Samenspel.Web.Features.Agreements;

/// <summary>The trajectory's current agreements, grouped by kind. They belong to the trajectory, not to a person,
/// so a new mentor finds them here.</summary>
[YouthData(DataCategory.Plan)]
[YouthData(DataCategory.Plan, AccessAction.Write, Use = Use.Offer)]
public sealed class IndexModel(SamenspelDb db) : PageModel
{
    public sealed record Row(Guid Id, Guid LineageId, AgreementKind Kind, string Topic, string Text, AgreementOwner Owner, string? CarerName,
        int Version, DateTimeOffset CreatedAt, int? EveryDays, ContactChannel? Channel, string? WhatIsShared, Guid? CarerId = null, bool SharedWithCarers = false)
    {
        /// <summary>As the access policy judges it: an agreement about one carer is theirs and the team's unless shared.</summary>
        public Item Item => new(DutchCalendar.DateAt(CreatedAt), PersonalToCarer: CarerId, SharedWithCarers: SharedWithCarers);
    }

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    public string YouthName { get; private set; } = "";
    public string? MentorName { get; private set; }
    public bool HasTrajectory { get; private set; }
    public bool OffersEveryday { get; private set; }
    public bool CanWrite { get; private set; }
    public ILookup<AgreementKind, Row> ByKind { get; private set; } = Array.Empty<Row>().ToLookup(r => r.Kind);

    /// <summary>Everyday agreements are for residential and foster care; elsewhere the group shows only when it has some.</summary>
    public IEnumerable<AgreementKind> Kinds => AgreementLabels.Kinds.Where(k => k != AgreementKind.Everyday || OffersEveryday || ByKind[k].Any());

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var grant = this.Grant();
        CanWrite = grant.May(DataCategory.Plan, AccessAction.Write);
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        var trajectory = await db.Trajectories.AsNoTracking().CurrentTrajectory(YouthId)
            .Select(t => new
            {
                t.Id, t.Type,
                Mentor = db.Mentors().Where(m => m.TrajectoryId == t.Id).Select(m => m.Staff.Name).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (trajectory is null) return Page();
        (HasTrajectory, MentorName) = (true, trajectory.Mentor);
        OffersEveryday = trajectory.Type is TrajectoryType.Residential or TrajectoryType.FosterCare;

        var rows = await db.Agreements.AsNoTracking()
            .Where(a => a.TrajectoryId == trajectory.Id && a.ReplacedAt == null)
            .OrderBy(a => a.Topic).ThenBy(a => a.CreatedAt)
            .Select(a => new Row(a.Id, a.LineageId, a.Kind, a.Topic, a.Text, a.Owner,
                db.Carers.Where(c => c.Id == a.CarerId).Select(c => c.Name).FirstOrDefault(),
                a.Version, a.CreatedAt, a.EveryDays, a.Channel, a.WhatIsShared, a.CarerId, a.SharedWithCarers))
            .ToListAsync(ct);
        // Dated authority, and an agreement about another carer stays hidden unless shared: the policy's item rule.
        ByKind = rows.Where(r => grant[DataCategory.Plan].Shows(r.Item)).ToLookup(r => r.Kind);
        return Page();
    }
}
