using Microsoft.AspNetCore.Mvc.Rendering;

namespace Samenspel.Web.Features.Messages;

/// <summary>The team's view of one youth's messages: a thread per family member who may read messages, with what is
/// unread and what waits for an answer, and a form to write to one of them. A carer or the youth goes straight to
/// their own thread.</summary>
[YouthData(DataCategory.Messages, AccessAction.Write, Use = Use.Offer)]
public sealed class IndexModel(SamenspelDb db, YouthAccess access, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel, IMessageFormPage
{
    public sealed record ThreadRow(Guid MemberId, string Label, int Count, int Unread, DateTimeOffset? Last, bool WaitsForAnswer);

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty] public MessageInput Input { get; set; } = new();
    [BindProperty] public IFormFile? Attachment { get; set; }
    public string YouthName { get; private set; } = "";
    public bool CanWrite { get; private set; }
    public IReadOnlyList<ThreadRow> Threads { get; private set; } = [];
    public IEnumerable<SelectListItem> ToOptions => new[] { new SelectListItem(t["Kies…"], "") }
        .Concat(members.Select(m => new SelectListItem(m.Label(t), m.Id.ToString())));

    IReadOnlyList<YouthAccess.FamilyMember> members = [];

    [YouthData(DataCategory.Messages)]
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (access.Viewer!.Kind != AccountKind.Staff) return RedirectToPage("/Messages/Thread", new { youthId = YouthId });
        await LoadAsync(ct);
        return Page();
    }

    [YouthData(DataCategory.Messages, AccessAction.Write)]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The team's view: the family writes in its own thread, where the page sends them on a GET too.
        if (access.Viewer!.Kind != AccountKind.Staff) return RedirectToPage("/Messages/Thread", new { youthId = YouthId });
        await LoadAsync(ct);
        // Only someone the policy lets read the youth's messages can be written to: not a parent a 16+ youth shields
        // them from, not a parent without authority.
        var to = Guid.TryParse(Input.To, out var id) ? members.FirstOrDefault(m => m.Id == id) : null;
        if (string.IsNullOrEmpty(Input.To)) ModelState.AddModelError("Input.To", t["Kies aan wie u schrijft."]);
        else if (to is null) ModelState.AddModelError("Input.To", t["Kies iemand uit de lijst."]);
        var attachment = await MessageForm.ValidateAsync(t, ModelState, Input, Attachment, ct);
        if (to is not null && await MessageForm.SendAsync(db, access.Viewer, clock, t, ModelState, YouthId, to, Input, attachment, ct))
            return RedirectToPage("/Messages/Thread", new { youthId = YouthId, with = to.Id, sent = "true" });
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        var me = access.Viewer!.PersonId;
        CanWrite = this.Grant().May(DataCategory.Messages, AccessAction.Write);
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        members = await access.FamilyWhoMayAsync(YouthId, DataCategory.Messages, AccessAction.Read, ct);
        var stats = await db.MessageThreads.AsNoTracking().Where(th => th.YouthId == YouthId)
            .Join(db.Messages, th => th.Id, m => m.ThreadId, (th, m) => new { th.MemberId, m.Id, m.ThreadId, m.Sender, m.SentAt, m.NeedsAnswer })
            .Select(m => new
            {
                m.MemberId, m.SentAt, m.Sender,
                Unread = m.Sender != MessageSender.Team && !db.MessageReads.Any(r => r.MessageId == m.Id && r.ReaderId == me),
                Waits = m.Sender != MessageSender.Team && m.NeedsAnswer
                    && !db.Messages.Any(a => a.ThreadId == m.ThreadId && a.Sender == MessageSender.Team && a.SentAt > m.SentAt),
            })
            .ToListAsync(ct);
        var byMember = stats.GroupBy(s => s.MemberId).ToDictionary(g => g.Key);
        Threads = members.Select(m => byMember.TryGetValue(m.Id, out var g)
            ? new ThreadRow(m.Id, m.Label(t), g.Count(), g.Count(x => x.Unread), g.Max(x => x.SentAt), g.Any(x => x.Waits))
            : new ThreadRow(m.Id, m.Label(t), 0, 0, null, false)).ToList();
    }
}
