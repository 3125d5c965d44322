namespace Samenspel.Web.Features.Me;

/// <summary>A youth's home: their own trajectory and what they can do.</summary>
[Authorize(Policy = Policies.Youth)]
[YouthFrom("", IdOf.Self)]
[YouthData(DataCategory.Register)]
public sealed class IndexModel(SamenspelDb db, TimeProvider clock) : PageModel
{
    public Guid YouthId { get; private set; }
    public string GivenName { get; private set; } = "";
    public string? Mentor { get; private set; }
    public Trajectory? Trajectory { get; private set; }
    public bool MayShield { get; private set; }
    public int Unread { get; private set; }
    /// <summary>Start information sent to this youth that they have not yet confirmed.</summary>
    public IReadOnlyList<Guid> StartToConfirm { get; private set; } = [];
    public IReadOnlyList<Alliance.OpenQuestionnaires.Open> Questionnaires { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = Viewer.From(User)!;
        YouthId = viewer.PersonId;
        var me = await db.Youths.AsNoTracking().SingleAsync(y => y.Id == YouthId, ct);
        GivenName = me.GivenName;
        MayShield = AccessPolicy.MayShieldCategories(Age.BandOn(me.BirthDate, clock.DutchToday()));
        Trajectory = await db.Trajectories.AsNoTracking().CurrentTrajectory(YouthId).FirstOrDefaultAsync(ct);
        StartToConfirm = await db.StartRecipients.AsNoTracking()
            .Where(r => r.UserId == viewer.UserId && r.YouthId == YouthId && r.ConfirmedAt == null)
            .Select(r => r.StartInformationId).ToListAsync(ct);
        Questionnaires = await Alliance.OpenQuestionnaires.ForViewerAsync(db, viewer, clock.DutchToday(), ct);
        Unread = (await Messages.MessageOverview.UnreadForMemberAsync(db, YouthId, new List<Guid> { YouthId }, ct)).GetValueOrDefault(YouthId);
        Mentor = Trajectory is null ? null : await db.MentorOf(Trajectory.Id).Select(s => s.Name).FirstOrDefaultAsync(ct);
    }
}
