namespace Samenspel.Web.Data;

/// <summary>A break-glass grant (noodtoegang): a professional of the youth's organisation who is not on the care team
/// may read the youth's care data from <see cref="From"/> until <see cref="Until"/>, because of the recorded
/// <see cref="Reason"/>. The reason is the professional's justification for the privacy officer, not youth content,
/// and it stays here: audit rows carry no text.</summary>
public sealed class EmergencyAccess
{
    /// <summary>Long enough to act in one crisis (a call in the evening, a visit that follows), short enough that a
    /// grant is not a second, quiet caseload: after it, a new request with a new reason.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromHours(4);
    public const int ReasonMinLength = 20;
    public const int ReasonMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public Guid YouthId { get; init; }
    public Guid StaffMemberId { get; init; }
    public required string Reason { get; init; }
    public DateTimeOffset From { get; init; }
    public DateTimeOffset Until { get; init; }
}
