namespace Samenspel.Web.Features.Messages;

/// <summary>Downloads a message's attachment, for those who may read the message: the same policy, the same thread
/// rule and the same dated authority as the thread page.</summary>
[YouthData(DataCategory.Messages)]
public sealed class AttachmentModel(SamenspelDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid youthId, Guid id, CancellationToken ct)
    {
        var decision = this.Grant()[DataCategory.Messages];
        var message = await db.MessageThreads.AsNoTracking().Where(th => th.YouthId == youthId).TakingPart(Viewer.From(User)!)
            .Join(db.Messages, th => th.Id, m => m.ThreadId, (th, m) => m)
            .Where(m => m.Id == id && m.AttachmentName != null)
            .Select(m => new { m.SentOn, m.AttachmentName, m.AttachmentType })
            .SingleOrDefaultAsync(ct);
        if (message is null || !decision.Shows(message.SentOn, false)) return NotFound();
        var content = await db.MessageAttachments.Where(a => a.MessageId == id).Select(a => a.Content).SingleAsync(ct);
        Response.Headers.XContentTypeOptions = "nosniff";
        // Served as a download, under a name whose extension matches the type its content showed on upload (rows
        // stored before that rule get the extension here).
        var type = Conversations.ContentTypeOf(content) ?? "application/octet-stream";
        return File(content, type, Conversations.NameFor(message.AttachmentName, type));
    }
}
