namespace Samenspel.Web.Features.Family;

/// <summary>A carer's home: their children, as far as the policy lets them see.</summary>
[Authorize(Policy = Policies.Carer)]
public sealed class IndexModel(SamenspelDb db, YouthAccess access, TimeProvider clock) : PageModel
{
    public sealed record Child(Guid Id, string Name, int Age, string? Mentor, CarerPosition Position);

    public string Name { get; private set; } = "";
    public IReadOnlyList<Child> Children { get; private set; } = [];
    public IReadOnlySet<Guid> PlanReadable { get; private set; } = new HashSet<Guid>();
    /// <summary>Children whose messages the policy lets this carer read and write: messages, requests, absence.</summary>
    public IReadOnlySet<Guid> MessagesReadable { get; private set; } = new HashSet<Guid>();
    /// <summary>Children about whom this carer may only send an information request (a parent without authority).</summary>
    public IReadOnlySet<Guid> InformationOnly { get; private set; } = new HashSet<Guid>();
    public IReadOnlyDictionary<Guid, int> Unread { get; private set; } = new Dictionary<Guid, int>();
    /// <summary>Current and coming absence, told to carers with authority in the app.</summary>
    public IReadOnlyList<Messages.MessageOverview.Absent> Absences { get; private set; } = [];
    /// <summary>Start information sent to this carer, not yet confirmed, about a child the carer may still see.</summary>
    public IReadOnlyList<(Guid Id, string Child)> StartToConfirm { get; private set; } = [];
    public IReadOnlyList<Alliance.OpenQuestionnaires.Open> Questionnaires { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = access.Viewer!.PersonId;
        Name = await db.Carers.Where(c => c.Id == me).Select(c => c.Name).SingleAsync(ct);
        var readable = await access.ReadableAsync(DataCategory.Register, ct: ct);
        var ids = readable.Select(r => r.YouthId).ToList();
        var today = clock.DutchToday();
        var rows = await db.CarerLinks.AsNoTracking()
            .Where(l => l.CarerId == me && ids.Contains(l.YouthId))
            .Join(db.Youths, l => l.YouthId, y => y.Id, (l, y) => new
            {
                y.Id, y.GivenName, y.FamilyName, y.BirthDate, l.Position,
                Mentor = db.Mentors().Where(m => db.Trajectories.Current().Any(t => t.YouthId == y.Id && t.Id == m.TrajectoryId))
                    .Select(m => m.Staff.Name).FirstOrDefault(),
            })
            .OrderBy(x => x.GivenName)
            .ToListAsync(ct);
        PlanReadable = (await access.ReadableAsync(DataCategory.Plan, ct: ct)).Select(r => r.YouthId).ToHashSet();
        var messagesReadable = (await access.ReadableAsync(DataCategory.Messages, q => q.Where(y => ids.Contains(y.Id)), ct: ct)).Select(r => r.YouthId).ToList();
        MessagesReadable = messagesReadable.ToHashSet();
        InformationOnly = (await access.MayManyAsync(ids, DataCategory.Messages, AccessAction.RequestInformation, ct)).Except(MessagesReadable).ToHashSet();
        Unread = await Messages.MessageOverview.UnreadForMemberAsync(db, me, messagesReadable, ct);
        var represents = await db.CarerLinks.Where(l => l.CarerId == me && messagesReadable.Contains(l.YouthId)
            && (l.CourtAppointed || l.Position == CarerPosition.ParentWithAuthority || l.Position == CarerPosition.Guardian)).Select(l => l.YouthId).ToListAsync(ct);
        Absences = await Messages.MessageOverview.AbsencesAsync(db, represents, today, ct);
        var userId = access.Viewer.UserId;
        StartToConfirm = (await db.StartRecipients.AsNoTracking()
            .Where(r => r.UserId == userId && r.ConfirmedAt == null && ids.Contains(r.YouthId))
            .Join(db.Youths, r => r.YouthId, y => y.Id, (r, y) => new { r.StartInformationId, y.GivenName })
            .ToListAsync(ct)).Select(r => (r.StartInformationId, r.GivenName)).ToList();
        Questionnaires = await Alliance.OpenQuestionnaires.ForViewerAsync(db, access.Viewer, today, ct);
        Children = rows.Select(x => new Child(x.Id, $"{x.GivenName} {x.FamilyName}", Age.YearsOn(x.BirthDate, today), x.Mentor, x.Position)).ToList();
    }
}
