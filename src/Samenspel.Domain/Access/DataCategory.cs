namespace Samenspel.Domain.Access;

/// <summary>The categories of a youth's data that the access policy decides on.</summary>
public enum DataCategory
{
    Register,
    Plan,
    Journal,
    CheckIns,
    AllianceAnswers,
    Messages,
    ContactLog,
    IntakeNotes,
    /// <summary>Who looked at the file: the audit trail about this youth.</summary>
    AccessLog,
}

public enum AccessAction
{
    Read,
    Write,
    /// <summary>Hide one recorded item from every carer, with a reason, e.g. at the request of a capable youth of 12–15.</summary>
    ShieldFromCarers,
    /// <summary>Show one alliance measurement to a behavioural scientist for supervision (only the mentor's results).</summary>
    ShareForSupervision,
    /// <summary>A carer asks the team for information (an informatieverzoek) and reads their own requests with the
    /// answers. Asked on <see cref="DataCategory.Messages"/>; the only way in for a parent without authority.</summary>
    RequestInformation,
    /// <summary>The youth or a carer reports the youth sick or absent (a ziekmelding). Asked on
    /// <see cref="DataCategory.Messages"/>, where the report is kept; the family reports, the team does not.</summary>
    ReportAbsence,
}
