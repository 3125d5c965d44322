using Samenspel.Domain.Communication;

namespace Samenspel.Web.Data;

/// <summary>Who a recipient is in the register: the row of <see cref="RecipientKind"/> with id PersonId.</summary>
public enum RecipientKind
{
    Staff,
    Carer,
    Youth,
    NetworkContact,
}

/// <summary>
/// A message from staff to an audience of one team or of the whole organisation, published on a date. It is
/// organisation data, not youth data: it names no youth. When <see cref="MonthlyDay"/> is set it is an issue of a
/// newsletter that appears every month on that day. When <see cref="EventId"/> is set it is the summary of an
/// event, sent to every invitee.
/// </summary>
public sealed class Announcement
{
    /// <summary>The form's submission id, so that a double submit stores one announcement.</summary>
    public Guid Id { get; init; }
    public Guid OrganisationId { get; init; }
    /// <summary>Null: the whole organisation.</summary>
    public Guid? TeamId { get; init; }
    public Audience Audience { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public DateOnly PublishOn { get; init; }
    /// <summary>When the scheduler publishes it: now for today, else 08:00 Dutch time on <see cref="PublishOn"/>.</summary>
    public DateTimeOffset PublishAt { get; init; }
    public int? MonthlyDay { get; init; }
    public Guid? EventId { get; init; }
    public Guid WrittenByStaffId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Set once, by whoever claims the publication (a page or the scheduler), with a conditional update.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    public const int TitleLength = 200;
    public const int BodyLength = 4000;
}

/// <summary>One person an announcement was published to. Name and address are copied at publication (what was
/// sent to whom); a re-send takes the current address from the register.</summary>
public sealed class AnnouncementRecipient
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid AnnouncementId { get; init; }
    public RecipientKind Kind { get; init; }
    public Guid PersonId { get; init; }
    /// <summary>The account that sees it in the app; null for referrers and partners, who get e-mail only.</summary>
    public Guid? UserId { get; init; }
    public required string Name { get; init; }
    public string? Email { get; set; }
    public DateTimeOffset? MailedAt { get; set; }
    public int MailCount { get; set; }
    public string? MailError { get; set; }
    /// <summary>The first time the recipient opened it, in the app or through the link in the mail.</summary>
    public DateTimeOffset? ReadAt { get; set; }
}

public enum EventKind
{
    InformationEvening,
    ParentMeeting,
    ThemeEvening,
    Closing,
}

public enum Rsvp
{
    Yes,
    No,
    Maybe,
}

/// <summary>An information evening, parent meeting, theme evening or closing, with invitations to an audience,
/// answers, a reminder before and a summary after: an <see cref="Announcement"/> with this event's id, to every
/// invitee.</summary>
public sealed class Event
{
    public Guid Id { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid? TeamId { get; init; }
    public Audience Audience { get; init; }
    public EventKind Kind { get; init; }
    public required string Title { get; init; }
    public DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset EndsAt { get; init; }
    public required string Place { get; init; }
    /// <summary>Parking, whether brothers and sisters may come, times: what the seeds' parents asked for.</summary>
    public string? Practical { get; init; }
    public int RemindDaysBefore { get; init; } = 2;
    public Guid CreatedByStaffId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Set by the one node that claims the reminder.</summary>
    public DateTimeOffset? RemindedAt { get; init; }

    public const int PlaceLength = 200;
    public const int PracticalLength = 2000;
}

public sealed class EventInvitee
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public RecipientKind Kind { get; init; }
    public Guid PersonId { get; init; }
    public Guid? UserId { get; init; }
    public required string Name { get; init; }
    public string? Email { get; set; }
    public Rsvp? Response { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }
    public DateTimeOffset? InvitedAt { get; set; }
    public DateTimeOffset? RemindedAt { get; set; }
    public string? MailError { get; set; }
}
