using Samenspel.Domain.Access;

namespace Samenspel.Web.Data;

/// <summary>How far an action from the last feedback conversation came, looked back on at the next measurement.</summary>
public enum ActionOutcome
{
    Done,
    Partly,
    NotDone,
}

/// <summary>
/// One thing the youth and the mentor agreed in the feedback conversation to improve their collaboration ("wat gaan
/// we doen om onze samenwerking te verbeteren"). Its id is the submission id of the form that recorded it, so a double
/// submit stores one action. At the youth's next measurement it comes back and is reviewed there.
/// </summary>
public sealed class AllianceAction : IYouthData
{
    public const int TextLength = 500;
    public const int NoteLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid YouthId { get; init; }
    public Guid MeasurementId { get; init; }
    public required string Text { get; init; }
    /// <summary>The staff member who wrote it down.</summary>
    public Guid CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The later measurement in whose conversation this action was looked back on.</summary>
    public Guid? ReviewedInMeasurementId { get; private set; }
    public ActionOutcome? Outcome { get; private set; }
    public string? ReviewNote { get; private set; }
    public Guid? ReviewedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public DataCategory Category => DataCategory.AllianceAnswers;

    public void Review(Guid measurementId, ActionOutcome outcome, string? note, Guid by, DateTimeOffset at)
    {
        if (measurementId == MeasurementId) throw new InvalidOperationException("An action is reviewed at a later measurement.");
        ReviewedInMeasurementId = measurementId;
        Outcome = outcome;
        ReviewNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ReviewedBy = by;
        ReviewedAt = at;
    }
}

/// <summary>
/// The mentor's choice to discuss one measurement with a behavioural scientist in supervision. The access policy
/// reads it as the relation fact <c>SharedForSupervision</c>: the scientist then sees this measurement's results,
/// and no other. Alliance results are never an appraisal: nothing ranks or compares staff by them.
/// </summary>
public sealed class SupervisionShare : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid YouthId { get; init; }
    public Guid MeasurementId { get; init; }
    /// <summary>The staff member (organisation role behavioural scientist) it is shared with.</summary>
    public Guid ScientistId { get; init; }
    public Guid SharedBy { get; init; }
    public DateTimeOffset SharedAt { get; init; }
    public DataCategory Category => DataCategory.AllianceAnswers;
}
