using Samenspel.Domain.Access;

namespace Samenspel.Web.Data;

/// <summary>
/// The intake as a guided checklist that can be saved halfway and resumed. Who is involved comes from the register;
/// the rest is recorded here. Readable by the youth and the carers as far as the policy allows (intake notes).
/// </summary>
public sealed class Intake : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TrajectoryId { get; init; }
    public Guid YouthId { get; init; }
    public string? EarlierTried { get; set; }
    public string? EarlierWorked { get; set; }
    public string? EarlierDidNotWork { get; set; }
    public string? YouthRequest { get; set; }
    public string? CarersRequest { get; set; }
    public string? YouthExpectations { get; set; }
    public string? CarersExpectations { get; set; }
    public string? TeamExpectations { get; set; }
    public string? GroundConditions { get; set; }
    /// <summary>Whether the youth can stay after their 18th birthday; null when not yet settled.</summary>
    public bool? CanStayPast18 { get; set; }
    public string? TreatingContactWith { get; set; }
    public DateOnly? TreatingContactOn { get; set; }
    public string? TeamIntroduction { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DataCategory Category => DataCategory.IntakeNotes;

    /// <summary>The parts still empty, in checklist order; an intake is complete when none is left.</summary>
    public IReadOnlyList<string> Missing() =>
        new (string Part, bool Done)[]
        {
            ("earlier", EarlierTried is not null || EarlierWorked is not null || EarlierDidNotWork is not null),
            ("requests", YouthRequest is not null && CarersRequest is not null),
            ("expectations", YouthExpectations is not null && CarersExpectations is not null && TeamExpectations is not null),
            ("conditions", GroundConditions is not null || CanStayPast18 is not null),
            ("treating", TreatingContactWith is not null),
            ("team", TeamIntroduction is not null),
        }.Where(p => !p.Done).Select(p => p.Part).ToList();

    public void Complete(DateTimeOffset at)
    {
        if (Missing().Count > 0) throw new InvalidOperationException("The intake is not complete yet.");
        CompletedAt ??= at;
    }
}

/// <summary>Start information sent to each carer and the youth when the trajectory starts, with a read-by date.</summary>
public sealed class StartInformation : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TrajectoryId { get; init; }
    public Guid YouthId { get; init; }
    /// <summary>Practical matters the team fills in: times, parking, what to bring.</summary>
    public string? Practical { get; init; }
    public DateTimeOffset SentAt { get; init; }
    /// <summary>The last day to confirm reading, inclusive.</summary>
    public DateOnly ConfirmBy { get; init; }
    public List<StartRecipient> Recipients { get; init; } = [];
    public DataCategory Category => DataCategory.Register;
}

public sealed class StartRecipient : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid StartInformationId { get; init; }
    public Guid YouthId { get; init; }
    public Guid UserId { get; init; }
    public Guid? CarerId { get; init; }
    public bool MailFailed { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DataCategory Category => DataCategory.Register;
}
