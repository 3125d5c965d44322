using Samenspel.Domain.Access;

namespace Samenspel.Web.Data;

public enum AgreementKind
{
    /// <summary>Who does what, between mentor, carers and youth.</summary>
    Working,
    /// <summary>Daily life in residential and foster care: bedtimes, pocket money, clothing, school, doctor, birthdays.</summary>
    Everyday,
    /// <summary>How often and how the team and one carer are in touch, and what is shared.</summary>
    Contact,
}

public enum AgreementOwner
{
    Mentor,
    Carer,
    Youth,
    Team,
}

public enum ContactChannel
{
    Phone,
    Message,
    Email,
    FaceToFace,
    HomeVisit,
}

/// <summary>
/// One version of an agreement. A change never overwrites: <see cref="Revise"/> closes this version and returns the
/// next one with the same <see cref="LineageId"/>. Agreements belong to the trajectory, so they stay when the mentor
/// changes.
/// </summary>
public sealed class Agreement : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TrajectoryId { get; init; }
    public Guid YouthId { get; init; }
    public Guid LineageId { get; init; } = Guid.CreateVersion7();
    public int Version { get; init; } = 1;
    public AgreementKind Kind { get; init; }
    public required string Topic { get; init; }
    public required string Text { get; init; }
    public AgreementOwner Owner { get; init; }
    /// <summary>The carer who owns a working agreement, or the carer a contact agreement is with.</summary>
    public Guid? CarerId { get; init; }
    /// <summary>An agreement about one carer is that carer's and the care team's; the professional may mark it as
    /// shared with the other carers (<see cref="AccessDecision.Shows(Item)"/>).</summary>
    public bool SharedWithCarers { get; init; }
    public int? EveryDays { get; init; }
    public ContactChannel? Channel { get; init; }
    public string? WhatIsShared { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public Guid? CreatedByUserId { get; init; }
    public DateTimeOffset? ReplacedAt { get; private set; }
    public DataCategory Category => DataCategory.Plan;

    public bool IsCurrent => ReplacedAt is null;

    /// <summary>This version as the access policy judges it: personal to the carer it is about, if any.</summary>
    public Item AsItem() => new(DutchCalendar.DateAt(CreatedAt), PersonalToCarer: CarerId, SharedWithCarers: SharedWithCarers);

    public static readonly string[] EverydayTopics = ["Bedtijden", "Zakgeld", "Kleding", "School", "Huisarts en tandarts", "Verjaardagen"];

    public Agreement Revise(string text, AgreementOwner owner, Guid? carerId, int? everyDays, ContactChannel? channel, string? whatIsShared, DateTimeOffset at, Guid? byUserId, bool? sharedWithCarers = null)
    {
        if (!IsCurrent) throw new InvalidOperationException("Only the current version of an agreement can be changed.");
        ReplacedAt = at;
        return new Agreement
        {
            TrajectoryId = TrajectoryId, YouthId = YouthId, LineageId = LineageId, Version = Version + 1, Kind = Kind, Topic = Topic,
            Text = text.Trim(), Owner = owner, CarerId = Kind == AgreementKind.Contact ? CarerId : carerId,
            EveryDays = everyDays, Channel = channel, WhatIsShared = Plan.Clean(whatIsShared), CreatedAt = at, CreatedByUserId = byUserId,
            SharedWithCarers = sharedWithCarers ?? SharedWithCarers,
        };
    }
}
