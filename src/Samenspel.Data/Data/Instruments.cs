namespace Samenspel.Web.Data;

/// <summary>Who fills in a respondent form. <see cref="Any"/>: the Questionnaire does not say.</summary>
public enum Respondent
{
    Any,
    Youth,
    Mentor,
    Parent,
}

/// <summary>
/// A questionnaire instrument, such as the alliance check. It is data, not code: every version and every respondent
/// form comes from an imported FHIR Questionnaire (see Instruments/README.md). Instruments are not youth data.
/// </summary>
public sealed class Instrument
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    /// <summary>Null for instruments of the whole installation (shipped, or imported on the command line);
    /// otherwise the organisation whose administrator loaded it, for example under its own licence.</summary>
    public Guid? OrganisationId { get; init; }
    /// <summary>The canonical that ties the respondent forms together.</summary>
    public required string Key { get; init; }
    public required string Title { get; init; }
    public string? Licence { get; init; }
    public string? Source { get; init; }
    /// <summary>False shows "niet gevalideerd"; null means the Questionnaire does not say.</summary>
    public bool? Validated { get; init; }
    public List<InstrumentVersion> Versions { get; init; } = [];
}

public sealed class InstrumentVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid InstrumentId { get; init; }
    /// <summary><c>Questionnaire.version</c>; empty when the file has none.</summary>
    public required string Version { get; init; }
    public DateTimeOffset ImportedAt { get; init; }
    public Guid? ImportedBy { get; init; }
    public List<QuestionnaireForm> Forms { get; init; } = [];
    public List<InstrumentScale> Scales { get; init; } = [];
}

/// <summary>A scale (such as bond, goal or task) of one instrument version; items name it by <see cref="Code"/>.</summary>
public sealed class InstrumentScale
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid InstrumentVersionId { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
}

/// <summary>One imported Questionnaire: the form of one instrument version for one respondent. Responses point to
/// its id, which is also its FHIR id. <see cref="Json"/> is the file exactly as imported.</summary>
public sealed class QuestionnaireForm
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid InstrumentVersionId { get; init; }
    public Respondent Respondent { get; init; }
    public string? Url { get; init; }
    public required string Title { get; init; }
    public required string Json { get; init; }
    public DateTimeOffset ImportedAt { get; init; }
    public Guid? ImportedBy { get; init; }
    public List<QuestionnaireItem> Items { get; init; } = [];
}

/// <summary>An item of a form, in document order. Items of the youth, mentor and parent forms of one version match
/// when they share a <see cref="LinkId"/>.</summary>
public sealed class QuestionnaireItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid FormId { get; init; }
    public required string LinkId { get; init; }
    public string? ParentLinkId { get; init; }
    public int Order { get; init; }
    /// <summary>The FHIR item type code, such as <c>choice</c> or <c>group</c>.</summary>
    public required string Type { get; init; }
    public string? Text { get; init; }
    public bool Required { get; init; }
    public bool Repeats { get; init; }
    public string? ScaleCode { get; init; }
    public List<AnswerOption> Options { get; init; } = [];
}

/// <summary>An answer a choice item offers, with its ordinal value (ordinalValue or itemWeight) when it has one.</summary>
public sealed class AnswerOption
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ItemId { get; init; }
    public int Order { get; init; }
    public string? System { get; init; }
    public required string Code { get; init; }
    public string? Display { get; init; }
    public decimal? Ordinal { get; init; }
}
