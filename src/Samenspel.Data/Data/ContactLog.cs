using Samenspel.Domain.Access;

namespace Samenspel.Web.Data;

/// <summary>Who took the step: we called them, or they called us.</summary>
public enum ContactDirection
{
    Outbound,
    Inbound,
}

public enum ContactReason
{
    Update,
    Incident,
    Concern,
    Absence,
    Change,
}

/// <summary>Whom the contact was with: one of the youth's carers, the youth, or someone from the network.</summary>
public enum ContactParty
{
    Carer,
    Youth,
    NetworkContact,
}

/// <summary>
/// One contact, or one attempt at it, in a youth's contact log. <see cref="Reached"/> is false for a missed call or
/// an unanswered message: such attempts are kept and shown, but only a reached contact keeps a contact rhythm
/// (<see cref="Samenspel.Domain.Scheduling.ContactRhythm"/>). Entries are not edited: what happened, happened.
/// </summary>
public sealed class ContactLogEntry : IYouthData
{
    public Guid Id { get; private init; }
    public Guid YouthId { get; private init; }
    public Guid TrajectoryId { get; private init; }
    public ContactParty With { get; private init; }
    public Guid? CarerId { get; private init; }
    public Guid? NetworkContactId { get; private init; }
    public ContactChannel Channel { get; private init; }
    public ContactDirection Direction { get; private init; }
    public bool Reached { get; private init; }
    public ContactReason Reason { get; private init; }
    public string? Note { get; private init; }
    /// <summary>A contact with one carer is that carer's and the care team's. The professional may mark it as shared,
    /// so the other carers see it too (<see cref="AccessDecision.Shows(Item)"/>).</summary>
    public bool SharedWithCarers { get; private init; }
    public DateTimeOffset ContactedAt { get; private init; }
    /// <summary>The Dutch calendar date of <see cref="ContactedAt"/>: the rhythm counts days, and dated authority
    /// compares with it.</summary>
    public DateOnly ContactedOn { get; private init; }
    public Guid RecordedByStaffId { get; private init; }
    public DateTimeOffset RecordedAt { get; private init; }
    public DataCategory Category => DataCategory.ContactLog;

    /// <summary>This entry as the access policy judges it: personal to the carer the contact was with.</summary>
    public Item AsItem() => new(ContactedOn, PersonalToCarer: CarerId, SharedWithCarers: SharedWithCarers);

    public const int NoteLength = 1000;

    /// <param name="id">the form's submission id, so that a double submit stores one entry</param>
    public static ContactLogEntry Record(Guid id, Guid youthId, Guid trajectoryId, ContactParty with, Guid? partyId,
        ContactChannel channel, ContactDirection direction, bool reached, ContactReason reason, string? note,
        DateTimeOffset contactedAt, Guid recordedBy, DateTimeOffset now, bool sharedWithCarers = false)
    {
        if ((with == ContactParty.Youth) != (partyId is null))
            throw new ArgumentException("A carer or network contact needs an id; the youth needs none.", nameof(partyId));
        if (contactedAt > now.AddMinutes(5))
            throw new ArgumentOutOfRangeException(nameof(contactedAt), "A contact cannot be logged ahead of time.");
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note?.Length > NoteLength) throw new ArgumentException("The note is too long.", nameof(note));
        return new ContactLogEntry
        {
            Id = id, YouthId = youthId, TrajectoryId = trajectoryId, With = with,
            CarerId = with == ContactParty.Carer ? partyId : null,
            NetworkContactId = with == ContactParty.NetworkContact ? partyId : null,
            Channel = channel, Direction = direction, Reached = reached, Reason = reason, Note = note,
            ContactedAt = contactedAt.ToUniversalTime(), ContactedOn = DutchCalendar.DateAt(contactedAt),
            RecordedByStaffId = recordedBy, RecordedAt = now, SharedWithCarers = with == ContactParty.Carer && sharedWithCarers,
        };
    }
}
