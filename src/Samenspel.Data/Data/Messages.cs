using Samenspel.Domain.Access;

namespace Samenspel.Web.Data;

/// <summary>Who is on the family side of a thread: one carer, or the youth.</summary>
public enum FamilyParty
{
    Carer,
    Youth,
}

/// <summary>Who wrote a message: the team (whoever holds the role now answers), the carer of the thread or the youth.</summary>
public enum MessageSender
{
    Team,
    Carer,
    Youth,
}

public enum MessageKind
{
    Message,
    /// <summary>Written by the product when the mentor changes: "this is your new mentor".</summary>
    Introduction,
}

/// <summary>
/// The conversation between one family member (a carer, or the youth) and the team of one trajectory. It belongs to
/// the trajectory and the team role, not to a person: when the mentor changes, the thread stays and the new mentor
/// answers in it. <see cref="MemberId"/> is the carer's id or the youth's id; one thread per member per trajectory.
/// </summary>
public sealed class MessageThread : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid YouthId { get; init; }
    public Guid TrajectoryId { get; init; }
    public FamilyParty Party { get; init; }
    public Guid MemberId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DataCategory Category => DataCategory.Messages;
}

/// <summary>One message in a thread. Messages are not edited or deleted. <see cref="NotifiedAt"/> is set when the
/// e-mail about it has been handled by the background job (sent, or nobody to tell).</summary>
public sealed class Message : IYouthData
{
    public const int TextLength = 4000;
    public const int MaxAttachmentBytes = 5 * 1024 * 1024;

    public Guid Id { get; init; }
    public Guid ThreadId { get; init; }
    public Guid YouthId { get; init; }
    public MessageSender Sender { get; init; }
    /// <summary>The professional who wrote for the team, or null for the family side.</summary>
    public Guid? SenderStaffId { get; init; }
    public MessageKind Kind { get; init; }
    public required string Text { get; init; }
    public bool NeedsAnswer { get; init; }
    public DateTimeOffset SentAt { get; init; }
    /// <summary>Dutch calendar date of <see cref="SentAt"/>, for dated authority.</summary>
    public DateOnly SentOn { get; init; }
    public string? AttachmentName { get; init; }
    public string? AttachmentType { get; init; }
    public int? AttachmentSize { get; init; }
    public DateTimeOffset? NotifiedAt { get; set; }
    public DataCategory Category => DataCategory.Messages;
}

/// <summary>The bytes of a message's attachment, apart from the message so that lists never load them.</summary>
public sealed class MessageAttachment
{
    public Guid MessageId { get; init; }
    public required byte[] Content { get; init; }
}

/// <summary>That one person read one message: the read status per participant.</summary>
public sealed class MessageRead
{
    public Guid MessageId { get; init; }
    /// <summary>The staff member's, carer's or youth's id.</summary>
    public Guid ReaderId { get; init; }
    public DateTimeOffset ReadAt { get; init; }
}

public enum CarerRequestKind
{
    Meeting,
    Call,
    Information,
}

public enum CarerRequestStatus
{
    Open,
    Planned,
    Done,
}

/// <summary>A carer's request to the team: a meeting, a call or information. Never deleted; every change of status or
/// answer is an audited update (<see cref="IYouthData"/>).</summary>
public sealed class CarerRequest : IYouthData
{
    public const int TextLength = 2000;

    public Guid Id { get; init; }
    public Guid YouthId { get; init; }
    public Guid TrajectoryId { get; init; }
    public Guid CarerId { get; init; }
    public CarerRequestKind Kind { get; init; }
    public required string Text { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateOnly CreatedOn { get; init; }
    public CarerRequestStatus Status { get; private set; }
    public string? Answer { get; private set; }
    /// <summary>The day of the meeting or call, when planned.</summary>
    public DateOnly? PlannedOn { get; private set; }
    public Guid? AnsweredByStaffId { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public DataCategory Category => DataCategory.Messages;

    /// <summary>As the access policy judges it: what the carer wrote is theirs (also from before their authority).</summary>
    public Item AsItem() => new(CreatedOn, PersonalToCarer: CarerId);

    public void Answered(CarerRequestStatus status, string answer, DateOnly? plannedOn, Guid staffId, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(answer)) throw new ArgumentException("An answer is required.", nameof(answer));
        Status = status;
        Answer = answer.Trim();
        PlannedOn = status == CarerRequestStatus.Planned ? plannedOn : PlannedOn;
        AnsweredByStaffId = staffId;
        AnsweredAt = now;
    }
}

public enum AbsenceKind
{
    Sick,
    Absent,
}

/// <summary>The youth reported absent or sick, by the youth or a carer. The carers with authority are told by e-mail
/// (<see cref="NotifiedAt"/>) and on their home page; the care team sees it on the caseload.</summary>
public sealed class AbsenceReport : IYouthData
{
    public const int NoteLength = 500;

    public Guid Id { get; init; }
    public Guid YouthId { get; init; }
    public Guid TrajectoryId { get; init; }
    public AbsenceKind Kind { get; init; }
    public DateOnly From { get; init; }
    public DateOnly Until { get; init; }
    public string? Note { get; init; }
    /// <summary>The carer who reported it, or null when the youth did.</summary>
    public Guid? ReportedByCarerId { get; init; }
    public DateTimeOffset ReportedAt { get; init; }
    public DateOnly ReportedOn { get; init; }
    public DateTimeOffset? NotifiedAt { get; set; }
    public DataCategory Category => DataCategory.Messages;
}
