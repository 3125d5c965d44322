using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Samenspel.Web.Features.Messages;

/// <summary>What the message form sends, on the thread page and on the staff's "new message" form alike.</summary>
public sealed class MessageInput
{
    /// <summary>Only on the staff's new-message form: the family member's id.</summary>
    public string? To { get; set; }

    [Required(ErrorMessage = "Schrijf eerst een bericht.")]
    [StringLength(Message.TextLength, ErrorMessage = "Het bericht is te lang (maximaal 4000 tekens).")]
    public string? Text { get; set; }

    public bool NeedsAnswer { get; set; }

    /// <summary>Made when the form is shown and used as the message's id, so a double submit stores one message.</summary>
    public Guid SubmissionId { get; set; } = Guid.CreateVersion7();
}

public static class MessageForm
{
    /// <summary>Checks the text and the attachment; Dutch errors go to <paramref name="state"/>, and what was typed
    /// stays in the form.</summary>
    public static async Task<Conversations.Attachment?> ValidateAsync(IStringLocalizer t, ModelStateDictionary state, MessageInput input, IFormFile? file, CancellationToken ct)
    {
        if (input.Text is { } text && string.IsNullOrWhiteSpace(text))
            state.AddModelError("Input.Text", t["Schrijf eerst een bericht."]);
        var (attachment, error) = await Conversations.ReadAttachmentAsync(file, t, ct);
        if (error is not null) state.AddModelError("Attachment", error);
        return attachment;
    }

    /// <summary>Stores the message, once, in the current thread with <paramref name="member"/>. False (with a Dutch
    /// error) when the state is invalid or the youth has no trajectory.</summary>
    public static async Task<bool> SendAsync(SamenspelDb db, Viewer viewer, TimeProvider clock, IStringLocalizer t, ModelStateDictionary state,
        Guid youthId, YouthAccess.FamilyMember member, MessageInput input, Conversations.Attachment? attachment, CancellationToken ct)
    {
        if (!state.IsValid) return false;
        var now = clock.GetUtcNow();
        var thread = await Conversations.ThreadAsync(db, youthId, member, now, ct);
        if (thread is null)
        {
            state.AddModelError("Input.Text", t["Er is nog geen traject. Berichten kunnen nog niet."]);
            return false;
        }
        var staff = viewer.Kind == AccountKind.Staff;
        var stored = await Conversations.AddOnceAsync(db, new Message
        {
            Id = input.SubmissionId, ThreadId = thread.Id, YouthId = youthId,
            Sender = staff ? MessageSender.Team : viewer.Kind == AccountKind.Youth ? MessageSender.Youth : MessageSender.Carer,
            SenderStaffId = staff ? viewer.PersonId : null, Kind = MessageKind.Message, Text = input.Text!.Trim(), NeedsAnswer = input.NeedsAnswer,
            SentAt = now, SentOn = DutchCalendar.DateAt(now),
            AttachmentName = attachment?.Name, AttachmentType = attachment?.ContentType, AttachmentSize = attachment?.Content.Length,
        }, attachment, viewer.PersonId, ct);
        if (stored) return true;
        // The form's id belongs to another message: say so, and give the form a fresh id to send again with.
        state.AddModelError("Input.Text", t["Het bericht is niet verstuurd. Verstuur het opnieuw."]);
        input.SubmissionId = Guid.CreateVersion7();
        return false;
    }
}
