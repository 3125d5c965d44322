using Samenspel.Domain.Access;
using Samenspel.Domain.Register;

namespace Samenspel.Web.Data;

/// <summary>Data about one youth. Changes to it are audited automatically by <see cref="SamenspelDb"/>.</summary>
public interface IYouthData
{
    Guid YouthId { get; }
    DataCategory Category { get; }
}

public sealed class Organisation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }
}

public sealed class Team
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public required string Name { get; set; }
    /// <summary>The team's own rules for alliance measurements; null takes the default of
    /// <see cref="Samenspel.Domain.Scheduling.MeasurementRules"/>.</summary>
    public int? MeasureFirstFromContact { get; set; }
    public int? MeasureFirstByContact { get; set; }
    public int? MeasureFirstWithinWeeks { get; set; }
    public int? MeasureMinimumIntervalWeeks { get; set; }
    public int? MeasureMidwayMarginWeeks { get; set; }

    public Samenspel.Domain.Scheduling.MeasurementRules MeasurementRules
    {
        get
        {
            var d = Samenspel.Domain.Scheduling.MeasurementRules.Default;
            return new(MeasureFirstFromContact ?? d.FirstFromContact, MeasureFirstByContact ?? d.FirstByContact,
                MeasureFirstWithinWeeks ?? d.FirstWithinWeeks, MeasureMinimumIntervalWeeks ?? d.MinimumIntervalWeeks,
                MeasureMidwayMarginWeeks ?? d.MidwayMarginWeeks);
        }
    }
}

public sealed class StaffMember
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public Guid? TeamId { get; set; }
    public Guid? UserId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    /// <summary>The role in the organisation; the role on a care team is on <see cref="CareTeamMember"/>.</summary>
    public StaffRole Role { get; set; }
}

public sealed class Youth : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public Guid? UserId { get; set; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public DateOnly BirthDate { get; set; }
    public string? Email { get; set; }

    public string FullName => $"{GivenName} {FamilyName}";
    Guid IYouthData.YouthId => Id;
    DataCategory IYouthData.Category => DataCategory.Register;
}

/// <summary>An adult carer. Each carer has their own account; the legal position is per youth, on <see cref="CarerLink"/>.</summary>
public sealed class Carer
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public Guid? UserId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
}

public sealed class CarerLink : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid YouthId { get; init; }
    public Guid CarerId { get; init; }
    public CarerPosition Position { get; set; }
    /// <summary>When parental authority started (inclusive). Earlier records stay hidden from this carer.</summary>
    public DateOnly? AuthoritySince { get; set; }
    /// <summary>Appointed by a court as curator or mentor of the adult youth.</summary>
    public bool CourtAppointed { get; set; }
    public DataCategory Category => DataCategory.Register;
}

/// <summary>Someone in the youth's network without an account: referrer, school, treating professional.</summary>
public sealed class NetworkContact : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid YouthId { get; init; }
    public NetworkContactKind Kind { get; set; }
    public required string Name { get; set; }
    public string? Organisation { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public DataCategory Category => DataCategory.Register;
}

/// <summary>One youth's period of help. The care team, mentor included, lives in <see cref="CareTeam"/>.</summary>
public sealed class Trajectory : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid YouthId { get; init; }
    public Guid TeamId { get; set; }
    public TrajectoryType Type { get; set; }
    public DateOnly StartDate { get; set; }
    /// <summary>The expected last day of help, inclusive.</summary>
    public DateOnly ExpectedEndDate { get; set; }
    /// <summary>This trajectory's own evaluation rhythm; null follows the default for its type.</summary>
    public int? EvaluationMonths { get; set; }
    public List<CareTeamMember> CareTeam { get; init; } = [];
    public DataCategory Category => DataCategory.Register;

    public Guid? MentorId => CareTeam.FirstOrDefault(m => m.Role == StaffRole.Mentor)?.StaffMemberId;

    public void AddMember(Guid staffMemberId, StaffRole role)
    {
        if (role == StaffRole.Mentor && MentorId is not null)
            throw new InvalidOperationException("A trajectory has one mentor; use ChangeMentor.");
        if (CareTeam.Any(m => m.StaffMemberId == staffMemberId))
            throw new InvalidOperationException("This person is already on the care team.");
        CareTeam.Add(new CareTeamMember { YouthId = YouthId, TrajectoryId = Id, StaffMemberId = staffMemberId, Role = role });
    }

    /// <summary>Hands the lead to another professional. The old mentor leaves the care team; everything
    /// recorded stays with the trajectory, so nothing goes with the person.</summary>
    public void ChangeMentor(Guid newMentorId)
    {
        if (MentorId == newMentorId) return;
        CareTeam.RemoveAll(m => m.Role == StaffRole.Mentor || m.StaffMemberId == newMentorId);
        CareTeam.Add(new CareTeamMember { YouthId = YouthId, TrajectoryId = Id, StaffMemberId = newMentorId, Role = StaffRole.Mentor });
    }
}

public sealed class CareTeamMember : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TrajectoryId { get; init; }
    /// <summary>Copied from the trajectory so that the access check is one indexed lookup on the hot path.</summary>
    public Guid YouthId { get; init; }
    public Guid StaffMemberId { get; init; }
    public StaffRole Role { get; init; }
    public DataCategory Category => DataCategory.Register;
}

/// <summary>A youth's choice to keep one category away from one carer. The policy honours it from age 16.</summary>
public sealed class CategoryShield : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid YouthId { get; init; }
    public Guid CarerId { get; init; }
    public DataCategory ShieldedCategory { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DataCategory Category => DataCategory.Register;
}

/// <summary>A page of the youth's weekly journal (het boekje).</summary>
public sealed class JournalEntry : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid YouthId { get; init; }
    public DateTimeOffset WrittenAt { get; init; }
    /// <summary>The Dutch calendar date of <see cref="WrittenAt"/>; the policy compares it with dated authority.</summary>
    public DateOnly RecordedOn { get; init; }
    public required string Text { get; set; }
    public bool ShieldedFromCarers { get; private set; }
    public string? ShieldReason { get; private set; }
    public DataCategory Category => DataCategory.Journal;

    /// <summary>A professional hides this one entry from carers; the reason is required and kept.</summary>
    public void ShieldFromCarers(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException("A reason is required.", nameof(reason));
        ShieldedFromCarers = true;
        ShieldReason = reason.Trim();
    }
}
