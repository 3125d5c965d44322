namespace Samenspel.Web.Features.Onboarding;

/// <summary>Who in one family has been reached: per carer whether they were invited, whether they ever signed in,
/// and whether they confirmed the latest start information.</summary>
[Authorize(Policy = Policies.Staff)]
[YouthData(DataCategory.Register)]
[YouthData(DataCategory.Register, AccessAction.Write, Use = Use.Offer)]
public sealed class ReachedModel(SamenspelDb db) : PageModel
{
    public enum StartState { NotSent, Confirmed, MailFailed, Open }

    public sealed record Row(Guid? CarerId, string Name, CarerPosition? Position, bool HasPassword, DateTimeOffset? InvitedAt,
        DateTimeOffset? LastSignInAt, StartState Start, DateTimeOffset? ConfirmedAt);

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    public bool Sent => this.Flag("sent");
    public string YouthName { get; private set; } = "";
    public DateOnly? ConfirmBy { get; private set; }
    public List<Row> Rows { get; private set; } = [];
    public bool CanSend { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CanSend = this.Grant().May(DataCategory.Register, AccessAction.Write);
        var youth = await db.Youths.AsNoTracking().Where(y => y.Id == YouthId).Select(y => new { y.GivenName, y.FamilyName, y.UserId }).SingleAsync(ct);
        YouthName = $"{youth.GivenName} {youth.FamilyName}";

        var latest = await db.StartInformation.AsNoTracking().Where(s => s.YouthId == YouthId).OrderByDescending(s => s.SentAt)
            .Select(s => new { s.Id, s.ConfirmBy }).FirstOrDefaultAsync(ct);
        ConfirmBy = latest?.ConfirmBy;
        var recipients = latest is null ? [] : await db.StartRecipients.AsNoTracking().Where(r => r.StartInformationId == latest.Id)
            .Select(r => new { r.UserId, r.MailFailed, r.ConfirmedAt }).ToListAsync(ct);

        var people = await db.CarerLinks.AsNoTracking().Where(l => l.YouthId == YouthId)
            .Join(db.Carers, l => l.CarerId, c => c.Id, (l, c) => new { CarerId = (Guid?)c.Id, c.Name, Position = (CarerPosition?)l.Position, c.UserId })
            .OrderBy(x => x.Name).ToListAsync(ct);
        if (youth.UserId is not null) people.Add(new { CarerId = (Guid?)null, Name = YouthName, Position = (CarerPosition?)null, youth.UserId });
        var userIds = people.Where(p => p.UserId is not null).Select(p => p.UserId!.Value).ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, HasPassword = u.PasswordHash != null, u.LastSignInAt }).ToDictionaryAsync(u => u.Id, ct);
        var invitations = (await db.Invitations.AsNoTracking().Where(i => userIds.Contains(i.UserId)).Select(i => new { i.UserId, i.SentAt }).ToListAsync(ct))
            .GroupBy(i => i.UserId).ToDictionary(g => g.Key, g => g.Max(i => i.SentAt));

        Rows = people.Select(p =>
        {
            var user = p.UserId is { } uid ? users.GetValueOrDefault(uid) : null;
            var recipient = recipients.FirstOrDefault(r => r.UserId == p.UserId);
            var state = recipient is null ? StartState.NotSent
                : recipient.ConfirmedAt is not null ? StartState.Confirmed
                : recipient.MailFailed ? StartState.MailFailed : StartState.Open;
            return new Row(p.CarerId, p.Name, p.Position, user?.HasPassword == true,
                p.UserId is { } id && invitations.TryGetValue(id, out var at) ? at : null, user?.LastSignInAt, state, recipient?.ConfirmedAt);
        }).ToList();
        return Page();
    }
}
