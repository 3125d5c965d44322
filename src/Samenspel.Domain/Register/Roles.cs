namespace Samenspel.Domain.Register;

/// <summary>A professional's role, in the organisation or on one youth's care team.</summary>
public enum StaffRole
{
    Mentor,
    ShadowMentor,
    Counsellor,
    BehaviouralScientist,
    TeamLead,
    Administrator,
    /// <summary>The organisation's privacy officer (functionaris gegevensbescherming): reads the audit log and is alerted
    /// to every break-glass access. An organisation role only, never a role on a care team.</summary>
    PrivacyOfficer,
}

/// <summary>A carer's legal position towards one youth. Only <see cref="ParentWithAuthority"/> and
/// <see cref="Guardian"/> hold parental authority (gezag).</summary>
public enum CarerPosition
{
    ParentWithAuthority,
    ParentWithoutAuthority,
    Guardian,
    FosterParent,
    StepParent,
    OtherCarer,
}

public enum NetworkContactKind
{
    Referrer,
    School,
    TreatingProfessional,
    GroupHome,
    Other,
}

public enum TrajectoryType
{
    DayProgramme,
    Ambulant,
    Residential,
    FosterCare,
    SchoolBased,
}

public static class CarerPositions
{
    public static bool HoldsAuthority(this CarerPosition position) =>
        position is CarerPosition.ParentWithAuthority or CarerPosition.Guardian;
}
