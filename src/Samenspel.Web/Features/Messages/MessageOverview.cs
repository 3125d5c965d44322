namespace Samenspel.Web.Features.Messages;

/// <summary>What the care team must act on, for a caseload: family messages marked "heeft antwoord nodig" that nobody of
/// the team answered yet, late once the set time has passed (<c>Samenspel:Messages:AnswerWithinHours</c>, default 48),
/// open requests, and absence that is current or coming. And, for a family member, how many team messages they have not read.</summary>
public static class MessageOverview
{
    public sealed record Unanswered(Guid YouthId, Guid MemberId, string From, DateTimeOffset Since, bool Late);
    public sealed record OpenRequest(Guid YouthId, Guid Id, string Carer, CarerRequestKind Kind, DateTimeOffset Since);
    public sealed record Absent(Guid YouthId, AbsenceKind Kind, DateOnly From, DateOnly Until);
    public sealed record ForCaseload(IReadOnlyList<Unanswered> Unanswered, IReadOnlyList<OpenRequest> Requests, IReadOnlyList<Absent> Absences)
    {
        public IEnumerable<Guid> YouthIds => Unanswered.Select(u => u.YouthId).Concat(Requests.Select(r => r.YouthId)).Concat(Absences.Select(a => a.YouthId)).Distinct();
    }

    public static int AnswerWithinHours(IConfiguration config) => config.GetValue("Samenspel:Messages:AnswerWithinHours", 48);

    /// <param name="youthIds">youths whose messages the policy lets the viewer read</param>
    public static async Task<ForCaseload> CaseloadAsync(SamenspelDb db, IReadOnlyCollection<Guid> youthIds, DateTimeOffset now, DateOnly today, int answerWithinHours, CancellationToken ct)
    {
        if (youthIds.Count == 0) return new([], [], []);
        var cutoff = now - TimeSpan.FromHours(answerWithinHours);
        var unanswered = await db.Messages.AsNoTracking()
            .Where(m => youthIds.Contains(m.YouthId) && m.NeedsAnswer && m.Sender != MessageSender.Team
                && !db.Messages.Any(a => a.ThreadId == m.ThreadId && a.Sender == MessageSender.Team && a.SentAt > m.SentAt))
            .Join(db.MessageThreads, m => m.ThreadId, th => th.Id, (m, th) => new { m.YouthId, th.MemberId, m.SentAt, m.Sender })
            .Select(x => new
            {
                x.YouthId, x.MemberId, x.SentAt,
                From = x.Sender == MessageSender.Youth ? db.Youths.Where(y => y.Id == x.YouthId).Select(y => y.GivenName).First()
                    : db.Carers.Where(c => c.Id == x.MemberId).Select(c => c.Name).First(),
            })
            .ToListAsync(ct);
        var requests = await db.CarerRequests.AsNoTracking().Where(r => youthIds.Contains(r.YouthId) && r.Status == CarerRequestStatus.Open)
            .Select(r => new OpenRequest(r.YouthId, r.Id, db.Carers.Where(c => c.Id == r.CarerId).Select(c => c.Name).First(), r.Kind, r.CreatedAt))
            .ToListAsync(ct);
        return new(
            unanswered.OrderBy(u => u.SentAt).Select(u => new Unanswered(u.YouthId, u.MemberId, u.From, u.SentAt, u.SentAt <= cutoff)).ToList(),
            requests.OrderBy(r => r.Since).ToList(),
            await AbsencesAsync(db, youthIds, today, ct));
    }

    /// <summary>Absence that is current or still to come.</summary>
    public static async Task<IReadOnlyList<Absent>> AbsencesAsync(SamenspelDb db, IReadOnlyCollection<Guid> youthIds, DateOnly today, CancellationToken ct) =>
        (await db.AbsenceReports.AsNoTracking().Where(a => youthIds.Contains(a.YouthId) && a.Until >= today)
            .Select(a => new Absent(a.YouthId, a.Kind, a.From, a.Until))
            .ToListAsync(ct)).OrderBy(a => a.From).ToList();

    /// <summary>Per youth, how many team messages in the family member's own threads they have not read yet.</summary>
    public static async Task<IReadOnlyDictionary<Guid, int>> UnreadForMemberAsync(SamenspelDb db, Guid memberId, IReadOnlyCollection<Guid> youthIds, CancellationToken ct) =>
        youthIds.Count == 0 ? new Dictionary<Guid, int>() :
        (await db.MessageThreads.AsNoTracking().Where(th => th.MemberId == memberId && youthIds.Contains(th.YouthId))
            .Join(db.Messages, th => th.Id, m => m.ThreadId, (th, m) => m)
            .Where(m => m.Sender == MessageSender.Team && !db.MessageReads.Any(r => r.MessageId == m.Id && r.ReaderId == memberId))
            .GroupBy(m => m.YouthId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
        .ToDictionary(x => x.Key, x => x.Count);
}
