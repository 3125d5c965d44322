namespace Samenspel.Web.Features.Messages;

/// <summary>The rules of threads shared by the pages, the mentor change and the FHIR API: which threads a viewer takes
/// part in, how a thread is found or made, how a message is stored once, and which files may be attached.</summary>
public static class Conversations
{
    /// <summary>The threads the viewer takes part in, once the policy has allowed reading the youth's messages: the care
    /// team reads every thread of the youth; a carer or the youth only their own. Separated parents never see each
    /// other's thread, and parents never see the youth's.</summary>
    public static IQueryable<MessageThread> TakingPart(this IQueryable<MessageThread> threads, Viewer viewer) =>
        viewer.Kind == AccountKind.Staff ? threads : threads.Where(t => t.MemberId == viewer.PersonId);

    /// <summary>How the family member is named to others: "Ingrid Peters (ouder met gezag)" or "Noor (jongere)".</summary>
    public static string Label(this YouthAccess.FamilyMember m, IStringLocalizer t) =>
        m.Party == FamilyParty.Youth ? $"{m.Name} ({t["jongere"]})" : $"{m.Name} ({t.Of(m.Position ?? CarerPosition.OtherCarer)})";

    /// <summary>The current trajectory's thread with <paramref name="member"/>, made when missing. The unique index on
    /// (trajectory, member) keeps it to one when two requests start it at once.</summary>
    public static async Task<MessageThread?> ThreadAsync(SamenspelDb db, Guid youthId, YouthAccess.FamilyMember member, DateTimeOffset now, CancellationToken ct)
    {
        var trajectoryId = await db.Trajectories.AsNoTracking().CurrentTrajectory(youthId).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(ct);
        if (trajectoryId is null) return null;
        var existing = await db.MessageThreads.SingleOrDefaultAsync(t => t.TrajectoryId == trajectoryId && t.MemberId == member.Id, ct);
        if (existing is not null) return existing;
        var thread = new MessageThread { YouthId = youthId, TrajectoryId = trajectoryId.Value, Party = member.Party, MemberId = member.Id, CreatedAt = now };
        db.MessageThreads.Add(thread);
        try
        {
            await db.SaveChangesAsync(ct);
            return thread;
        }
        catch (DbUpdateException)
        {
            db.Entry(thread).State = EntityState.Detached;
            return await db.MessageThreads.SingleAsync(t => t.TrajectoryId == trajectoryId && t.MemberId == member.Id, ct);
        }
    }

    /// <summary>Stores the message once: its id is the form's submission id, so a second submit of the same form
    /// stores nothing. The sender reads their own message. False when the id is another message's (see
    /// <see cref="InsertOnce.InsertOnceAsync"/>).</summary>
    public static async Task<bool> AddOnceAsync(SamenspelDb db, Message message, Attachment? attachment, Guid readerId, CancellationToken ct)
    {
        if (attachment is not null) db.MessageAttachments.Add(new MessageAttachment { MessageId = message.Id, Content = attachment.Content });
        db.MessageReads.Add(new MessageRead { MessageId = message.Id, ReaderId = readerId, ReadAt = message.SentAt });
        var (thread, staff) = (message.ThreadId, message.SenderStaffId);
        return await db.InsertOnceAsync(message, m => m.ThreadId == thread && m.SenderStaffId == staff, ct) is not Submission.Refused;
    }

    /// <summary>Marks every message of the other side in these threads as read by <paramref name="readerId"/>.</summary>
    public static async Task MarkReadAsync(SamenspelDb db, IReadOnlyCollection<Guid> messageIds, Guid readerId, DateTimeOffset now, CancellationToken ct)
    {
        var already = await db.MessageReads.Where(r => r.ReaderId == readerId && messageIds.Contains(r.MessageId)).Select(r => r.MessageId).ToListAsync(ct);
        var unread = messageIds.Except(already).ToList();
        if (unread.Count == 0) return;
        db.MessageReads.AddRange(unread.Select(id => new MessageRead { MessageId = id, ReaderId = readerId, ReadAt = now }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // the same person in two tabs: already marked
        }
    }

    public sealed record Attachment(string Name, string ContentType, byte[] Content);

    /// <summary>Reads an uploaded file: at most 5 MB, and a PDF, JPEG or PNG by its first bytes, whatever its name
    /// says. Returns the Dutch error for the form, or the attachment (null when no file was chosen).</summary>
    public static async Task<(Attachment? Attachment, string? Error)> ReadAttachmentAsync(IFormFile? file, IStringLocalizer t, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return (null, null);
        if (file.Length > Message.MaxAttachmentBytes)
            return (null, t["Het bestand is te groot. Het mag hoogstens 5 MB zijn. Kies een kleiner bestand."]);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var type = ContentTypeOf(bytes);
        if (type is null)
            return (null, t["Dit soort bestand kan niet mee. Kies een PDF, JPG of PNG."]);
        return (new Attachment(NameFor(file.FileName, type), type, bytes), null);
    }

    static readonly Dictionary<string, string[]> Extensions = new()
    {
        ["application/pdf"] = [".pdf"], ["image/png"] = [".png"], ["image/jpeg"] = [".jpg", ".jpeg"],
    };

    /// <summary>The name a file is stored and served under: its own name (without a path, at most 200 characters), with
    /// the extension of the type its content shows. "polyglot.html" with PDF content becomes "polyglot.pdf", so no
    /// program opens it as something else.</summary>
    public static string NameFor(string? uploaded, string contentType)
    {
        var name = Path.GetFileName((uploaded ?? "").Replace('\\', '/')).Trim();
        var allowed = Extensions.GetValueOrDefault(contentType) ?? [".bin"];
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var stem = name[..^extension.Length];
        if (string.IsNullOrWhiteSpace(stem)) stem = "bijlage";
        if (stem.Length > 195) stem = stem[..195];
        return stem + (allowed.Contains(extension) ? extension : allowed[0]);
    }

    /// <summary>The content type that the file's first bytes show, or null for anything else.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("%PDF-"u8) ? "application/pdf"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : null;
}
