namespace Samenspel.Web.Features.Messages;

public interface IMessageFormPage
{
    MessageInput Input { get; }
}

/// <summary>The thread between one family member and the team, oldest message first, with who read what, and the
/// form to answer. Staff name the family member with <c>with</c>; a carer or the youth always see their own thread.</summary>
[ShownObject("MessageThreadWith", "With")]
[YouthData(DataCategory.Messages)]
[YouthData(DataCategory.Messages, AccessAction.Write, Use = Use.Offer)]
public sealed class ThreadModel(SamenspelDb db, YouthAccess access, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel, IMessageFormPage
{
    public sealed record Row(Guid Id, DateTimeOffset SentAt, MessageSender Sender, MessageKind Kind, string From, string Text, bool NeedsAnswer,
        string? AttachmentName, int? AttachmentSize, IReadOnlyList<string> ReadBy);

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? With { get; set; }
    public bool Sent => this.Flag("sent");
    [BindProperty] public MessageInput Input { get; set; } = new();
    [BindProperty] public IFormFile? Attachment { get; set; }

    public string YouthName { get; private set; } = "";
    public string MemberLabel { get; private set; } = "";
    public bool IsStaff { get; private set; }
    public bool CanWrite { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    YouthAccess.FamilyMember? member;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // The thread is the youth's conversation with one family member (With); without it, the viewer's own.
        if (await LoadAsync(this.Grant()[DataCategory.Messages], markRead: true, ct) is { } missing) return missing;
        return Page();
    }

    [YouthData(DataCategory.Messages, AccessAction.Write)]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var read = this.Grant()[DataCategory.Messages];
        if (await ResolveAsync(ct) is { } missing) return missing;
        var attachment = await MessageForm.ValidateAsync(t, ModelState, Input, Attachment, ct);
        if (await MessageForm.SendAsync(db, access.Viewer!, clock, t, ModelState, YouthId, member!, Input, attachment, ct))
            return RedirectToPage("/Messages/Thread", new { youthId = YouthId, with = IsStaff ? member!.Id : (Guid?)null, sent = "true" });
        await LoadAsync(read, markRead: false, ct);
        return Page();
    }

    /// <summary>The family member of this thread, from those the policy lets read the youth's messages. A carer or the
    /// youth is always their own member.</summary>
    async Task<IActionResult?> ResolveAsync(CancellationToken ct)
    {
        var viewer = access.Viewer!;
        IsStaff = viewer.Kind == AccountKind.Staff;
        var id = IsStaff ? With : viewer.PersonId;
        member = (await access.FamilyWhoMayAsync(YouthId, DataCategory.Messages, AccessAction.Read, ct)).FirstOrDefault(m => m.Id == id);
        return member is null ? NotFound() : null;
    }

    async Task<IActionResult?> LoadAsync(AccessDecision decision, bool markRead, CancellationToken ct)
    {
        if (member is null && await ResolveAsync(ct) is { } missing) return missing;
        var viewer = access.Viewer!;
        CanWrite = this.Grant().May(DataCategory.Messages, AccessAction.Write);
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        var who = member!;
        MemberLabel = who.Label(t);
        var memberId = who.Id;
        var messages = await db.MessageThreads.AsNoTracking().Where(th => th.YouthId == YouthId && th.MemberId == memberId).TakingPart(viewer)
            .Join(db.Messages, th => th.Id, m => m.ThreadId, (th, m) => m)
            .OrderBy(m => m.SentAt)
            .Select(m => new
            {
                m.Id, m.SentAt, m.SentOn, m.Sender, m.Kind, m.Text, m.NeedsAnswer, m.AttachmentName, m.AttachmentSize,
                Staff = db.Staff.Where(s => s.Id == m.SenderStaffId).Select(s => s.Name).FirstOrDefault(),
                Readers = db.MessageReads.Where(r => r.MessageId == m.Id).Select(r => r.ReaderId).ToList(),
            })
            .ToListAsync(ct);
        // Dated authority: a parent sees what was written from the day their authority began.
        messages = messages.Where(m => decision.Shows(m.SentOn, false)).ToList();
        var readerIds = messages.SelectMany(m => m.Readers).Distinct().ToList();
        var staffNames = await db.Staff.AsNoTracking().Where(s => readerIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var teamName = t["namens het team"];
        Rows = messages.Select(m => new Row(m.Id, m.SentAt, m.Sender, m.Kind,
            m.Sender == MessageSender.Team ? (m.Staff is null ? teamName : $"{m.Staff}, {teamName}") : who.Name,
            m.Text, m.NeedsAnswer, m.AttachmentName, m.AttachmentSize,
            m.Sender == MessageSender.Team
                ? m.Readers.Contains(memberId) ? [who.Name] : []
                : m.Readers.Where(staffNames.ContainsKey).Select(r => staffNames[r]).ToList())).ToList();
        if (markRead)
        {
            var fromOtherSide = messages.Where(m => IsStaff ? m.Sender != MessageSender.Team : m.Sender == MessageSender.Team).Select(m => m.Id).ToList();
            await Conversations.MarkReadAsync(db, fromOtherSide, viewer.PersonId, clock.GetUtcNow(), ct);
        }
        return null;
    }
}
