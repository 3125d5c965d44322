using Samenspel.Domain.Scheduling;
using Samenspel.Web.Features.Contacts;
using Samenspel.Web.Features.Evaluations;
using Samenspel.Web.Features.Messages;
using Samenspel.Web.Features.Onboarding;

namespace Samenspel.Web.Features.Caseload;

/// <summary>A professional's home: the youths on whose care team they are.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(SamenspelDb db, YouthAccess access, TimeProvider clock, IConfiguration config) : PageModel
{
    public sealed record Row(Guid Id, string Name, int Age, TrajectoryType Type, string Team, StaffRole MyRole);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    /// <summary>Youths whose plan evaluation is overdue.</summary>
    public IReadOnlySet<Guid> EvaluationOverdue { get; private set; } = new HashSet<Guid>();
    /// <summary>People to phone about the start information; only for youths the viewer is mentor of.</summary>
    public int ToCall { get; private set; }
    /// <summary>Youths whose contact log the viewer may write: they get the "Contact vastleggen" link.</summary>
    public IReadOnlySet<Guid> MayLogContact { get; private set; } = new HashSet<Guid>();
    /// <summary>The most urgent contact rhythm state per youth, only when due or overdue.</summary>
    public IReadOnlyDictionary<Guid, ContactState> ContactStates { get; private set; } = new Dictionary<Guid, ContactState>();
    public int ContactOverdue { get; private set; }
    public int ContactDue { get; private set; }
    public IReadOnlySet<Guid> NoParentContact { get; private set; } = new HashSet<Guid>();
    /// <summary>The next measurement per youth when it is due or overdue (a state from dates, as the contact rhythm).</summary>
    public IReadOnlyDictionary<Guid, MeasurementDue> MeasurementsDue { get; private set; } = new Dictionary<Guid, MeasurementDue>();
    /// <summary>Youths for whom the viewer may start a measurement.</summary>
    public IReadOnlySet<Guid> MayMeasure { get; private set; } = new HashSet<Guid>();
    public IReadOnlyList<Alliance.OpenQuestionnaires.Open> Questionnaires { get; private set; } = [];
    /// <summary>Youths whose measurements the viewer may open; others see the due badge (register data) without a link.</summary>
    public IReadOnlySet<Guid> MayReadAlliance { get; private set; } = new HashSet<Guid>();
    public IReadOnlyList<Alliance.ResultsToDiscuss.Ready> ToDiscuss { get; private set; } = [];
    public DateOnly Today { get; private set; }
    /// <summary>Unanswered family messages, open requests and absence, for youths whose messages the viewer may read.</summary>
    public MessageOverview.ForCaseload Messages { get; private set; } = new([], [], []);
    public IReadOnlySet<Guid> MayMessage { get; private set; } = new HashSet<Guid>();
    /// <summary>Youths whose messages and requests the viewer may answer; others see the request without a link.</summary>
    public IReadOnlySet<Guid> MayAnswer { get; private set; } = new HashSet<Guid>();
    public int AnswerWithinHours { get; private set; }
    public string NameOf(Guid youthId) => Rows.FirstOrDefault(r => r.Id == youthId)?.Name ?? "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = access.Viewer!.PersonId;
        var readable = await access.ReadableAsync(DataCategory.Register,
            q => q.OnCareTeamOf(db, me), ct: ct);
        var ids = readable.Select(r => r.YouthId).ToList();
        var today = clock.DutchToday();
        var rows = await db.CareTeamMembers.AsNoTracking()
            .Where(m => m.StaffMemberId == me && ids.Contains(m.YouthId))
            .Join(db.Trajectories, m => m.TrajectoryId, t => t.Id, (m, t) => new { m.Role, t.Type, t.TeamId, t.YouthId })
            .Join(db.Youths, x => x.YouthId, y => y.Id, (x, y) => new { x.Role, x.Type, x.TeamId, y.Id, y.GivenName, y.FamilyName, y.BirthDate })
            .Join(db.Teams, x => x.TeamId, t => t.Id, (x, t) => new { x.Role, x.Type, Team = t.Name, x.Id, x.GivenName, x.FamilyName, x.BirthDate })
            .OrderBy(x => x.FamilyName).ThenBy(x => x.GivenName)
            .ToListAsync(ct);
        Rows = rows.Select(x => new Row(x.Id, $"{x.GivenName} {x.FamilyName}", Age.YearsOn(x.BirthDate, today), x.Type, x.Team, x.Role)).ToList();

        // Which links each card gets, decided for every youth and ask from one query of the register.
        var may = await access.MayManyAsync(ids, [(DataCategory.ContactLog, AccessAction.Write), (DataCategory.AllianceAnswers, AccessAction.Write),
            (DataCategory.AllianceAnswers, AccessAction.Read), (DataCategory.Messages, AccessAction.Read), (DataCategory.Messages, AccessAction.Write)], ct);
        (MayLogContact, MayMeasure, MayReadAlliance, MayMessage, MayAnswer) = (may[0], may[1], may[2], may[3], may[4]);

        // Whether an evaluation is late follows from the trajectory's dates (register data), as on the team overview.
        EvaluationOverdue = await EvaluationStatus.OverdueAsync(db, ids, today, ct);
        var readableIds = ids.ToHashSet();
        // The contact rhythm too: a state from dates, as on the team overview; the notes stay on the contact log page.
        var rhythms = await ContactStatus.RhythmsAsync(db, ids, today, ct);
        ContactOverdue = rhythms.Count(r => r.State == ContactState.Overdue);
        ContactDue = rhythms.Count(r => r.State == ContactState.Due);
        ContactStates = rhythms.Where(r => r.State != ContactState.OnTime).GroupBy(r => r.YouthId).ToDictionary(g => g.Key, g => g.Max(r => r.State));
        NoParentContact = (await ContactStatus.WithoutParentContactAsync(db, ids, today, ct)).Select(r => r.YouthId).ToHashSet();
        MeasurementsDue = await Alliance.MeasurementStatus.DueAsync(db, ids, today, ct);
        ToDiscuss = await Alliance.ResultsToDiscuss.ForYouthsAsync(db, MayMeasure.ToList(), ct);
        Questionnaires = await Alliance.OpenQuestionnaires.ForViewerAsync(db, access.Viewer!, today, ct);
        Today = today;
        ToCall = (await CallList.ForMentorAsync(db, me, today, ct)).Count(r => readableIds.Contains(r.YouthId));
        AnswerWithinHours = MessageOverview.AnswerWithinHours(config);
        Messages = await MessageOverview.CaseloadAsync(db, MayMessage.ToList(), clock.GetUtcNow(), today, AnswerWithinHours, ct);
        // What is shown of a youth's messages, requests and absence is a read of their Messages: audited per youth shown.
        var shown = Messages.YouthIds.ToList();
        if (shown.Count > 0) await access.ReadableAsync(DataCategory.Messages, q => q.Where(y => shown.Contains(y.Id)), ct: ct);
    }
}
