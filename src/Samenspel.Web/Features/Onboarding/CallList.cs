namespace Samenspel.Web.Features.Onboarding;

public enum CallReason
{
    NotConfirmed,
    MailFailed,
    NeverSignedIn,
}

public sealed record CallRow(Guid YouthId, string YouthName, string Person, string? Phone, CallReason Reason)
{
    public string ReasonText => CallList.Text(Reason);
}

/// <summary>Whom the mentor should phone: for each youth the staff member is mentor of (trajectory not ended),
/// the recipients of the latest start information who did not confirm it by the deadline or whose mail did not
/// arrive, and the carers with an account who never signed in. This is a query only; the caller checks access
/// (the page narrows it to the youths <c>YouthAccess</c> lets the viewer read).</summary>
public static class CallList
{
    public static string Text(CallReason reason) => reason switch
    {
        CallReason.NotConfirmed => "heeft de startinformatie niet bevestigd",
        CallReason.MailFailed => "e-mail kwam niet aan",
        _ => "heeft nog nooit ingelogd",
    };

    public static async Task<IReadOnlyList<CallRow>> ForMentorAsync(SamenspelDb db, Guid staffMemberId, DateOnly today, CancellationToken ct = default)
    {
        var youths = (await db.MentoredBy(staffMemberId).AsNoTracking()
            .Join(db.Trajectories.NotEndedOn(today), m => m.TrajectoryId, x => x.Id, (m, x) => x.YouthId)
            .Join(db.Youths, id => id, y => y.Id, (id, y) => new { y.Id, y.GivenName, y.FamilyName })
            .ToListAsync(ct))
            .DistinctBy(y => y.Id).ToDictionary(y => y.Id, y => $"{y.GivenName} {y.FamilyName}");
        var ids = youths.Keys.ToList();
        if (ids.Count == 0) return [];

        var carers = await db.CarerLinks.AsNoTracking().Where(l => ids.Contains(l.YouthId))
            .Join(db.Carers, l => l.CarerId, c => c.Id, (l, c) => new { l.YouthId, c.Id, c.Name, c.Phone, c.UserId })
            .ToListAsync(ct);
        var rows = new List<CallRow>();

        var infos = await db.StartInformation.AsNoTracking().Where(s => ids.Contains(s.YouthId))
            .Select(s => new { s.Id, s.YouthId, s.SentAt, s.ConfirmBy }).ToListAsync(ct);
        var latest = infos.GroupBy(s => s.YouthId).Select(g => g.MaxBy(s => s.SentAt)!).ToDictionary(s => s.Id);
        var latestIds = latest.Keys.ToList();
        var open = await db.StartRecipients.AsNoTracking()
            .Where(r => latestIds.Contains(r.StartInformationId) && (r.MailFailed || r.ConfirmedAt == null))
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { r.StartInformationId, r.YouthId, r.CarerId, r.MailFailed, u.DisplayName })
            .ToListAsync(ct);
        foreach (var r in open)
        {
            var carer = carers.FirstOrDefault(c => c.Id == r.CarerId && c.YouthId == r.YouthId);
            var (name, phone) = carer is null ? (r.DisplayName, null) : (carer.Name, carer.Phone);
            if (r.MailFailed) rows.Add(new CallRow(r.YouthId, youths[r.YouthId], name, phone, CallReason.MailFailed));
            else if (latest[r.StartInformationId].ConfirmBy < today) rows.Add(new CallRow(r.YouthId, youths[r.YouthId], name, phone, CallReason.NotConfirmed));
        }

        var userIds = carers.Where(c => c.UserId is not null).Select(c => c.UserId!.Value).Distinct().ToList();
        var neverSignedIn = (await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.LastSignInAt == null)
            .Select(u => u.Id).ToListAsync(ct)).ToHashSet();
        rows.AddRange(carers.Where(c => c.UserId is { } uid && neverSignedIn.Contains(uid))
            .Select(c => new CallRow(c.YouthId, youths[c.YouthId], c.Name, c.Phone, CallReason.NeverSignedIn)));

        return rows.OrderBy(r => r.YouthName, StringComparer.CurrentCulture).ThenBy(r => r.Person, StringComparer.CurrentCulture)
            .ThenBy(r => r.Reason).ToList();
    }
}
