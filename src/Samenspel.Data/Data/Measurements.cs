using Samenspel.Domain.Access;

namespace Samenspel.Web.Data;

/// <summary>Why a measurement is taken: one of the two the team's rules ask for, or an extra one the mentor adds.</summary>
public enum MeasurementKind
{
    First,
    Midway,
    AdHoc,
}

public enum ResponseStatus
{
    /// <summary>A draft: answers are kept as they are given, so a dropped connection or a reload loses nothing.</summary>
    InProgress,
    Completed,
}

/// <summary>
/// One measurement of the working relationship in a trajectory (docs/domain.md, "Measuring the working relationship"): one instrument
/// version, given on one planned day to the youth, the mentor and the parents, each through their own form of that
/// version. Its id is the submission id of the form that started it, so a double submit starts one measurement.
/// </summary>
public sealed class Measurement : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid YouthId { get; init; }
    public Guid TrajectoryId { get; init; }
    public Guid InstrumentVersionId { get; init; }
    /// <summary>The day the mentor picked, inside the window of the team's rules.</summary>
    public DateOnly PlannedOn { get; init; }
    public MeasurementKind Purpose { get; init; }
    /// <summary>The staff member who started it.</summary>
    public Guid CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DataCategory Category => DataCategory.AllianceAnswers;
}

/// <summary>
/// One respondent's answers to one measurement: a FHIR <c>QuestionnaireResponse</c> with this id. It answers exactly
/// one <see cref="QuestionnaireForm"/> (so one instrument version and one respondent form). It is a draft
/// (<see cref="ResponseStatus.InProgress"/>) until submitted; <see cref="SubmissionId"/> travels with the form and is
/// unique, so a second submit of the same form stores nothing new.
/// </summary>
public sealed class Response : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid YouthId { get; init; }
    public Guid MeasurementId { get; init; }
    public Guid FormId { get; init; }
    public Respondent Respondent { get; init; }
    /// <summary>The youth's id, the mentor's staff id or the parent's carer id, by <see cref="Respondent"/>.</summary>
    public Guid RespondentPersonId { get; init; }
    public ResponseStatus Status { get; set; }
    public Guid SubmissionId { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    /// <summary>When the last answer was saved; a draft's change is a write and is audited.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Raised by every save and checked by it (a concurrency token), so that an autosave racing the send
    /// cannot overwrite the sent answers: the later of the two fails, retries and finds the response completed.</summary>
    public int Revision { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    /// <summary>The staff member who typed in a paper form; null when the respondent filled it in themself.</summary>
    public Guid? EnteredBy { get; set; }
    public List<ResponseAnswer> Answers { get; init; } = [];
    public DataCategory Category => DataCategory.AllianceAnswers;

    /// <summary>A sent response as the access policy judges it (<see cref="AccessDecision.Shows(Item)"/>), the same on
    /// every page and through FHIR: dated from the day it was sent, and a parent's answers are that carer's own (the
    /// other carer never sees them; there is nothing to share).</summary>
    public static Item ItemOf(Respondent respondent, Guid respondentPersonId, DateTimeOffset submittedAt) =>
        new(DutchCalendar.DateAt(submittedAt), PersonalToCarer: respondent == Respondent.Parent ? respondentPersonId : null);

    public Item AsItem() => ItemOf(Respondent, RespondentPersonId, SubmittedAt ?? throw new InvalidOperationException("A draft is not an item yet."));
}

/// <summary>The answer to one item of a response, with the item's optional comment. <see cref="Ordinal"/> is copied
/// from the <see cref="AnswerOption"/> chosen, so scores are sums of stored ordinals and survive nothing else.
/// Not audited row by row: every save of answers changes their <see cref="Response"/> (its revision), whose one audit
/// event names the action (NEN 7513 logs the action, the object and the actor, not each answer).</summary>
public sealed class ResponseAnswer
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid YouthId { get; init; }
    public Guid ResponseId { get; init; }
    public required string LinkId { get; init; }
    /// <summary>A chosen answer option: its system and code (valueCoding), or the text of a string option.</summary>
    public string? ValueSystem { get; set; }
    public string? ValueCode { get; set; }
    public string? ValueDisplay { get; set; }
    public string? ValueString { get; set; }
    public int? ValueInteger { get; set; }
    public bool? ValueBoolean { get; set; }
    public decimal? Ordinal { get; set; }
    public string? Comment { get; set; }

    public const int CommentLength = 1000;
    public const int StringLength = 2000;

    public bool HasValue => ValueCode is not null || ValueString is not null || ValueInteger is not null || ValueBoolean is not null;
}
