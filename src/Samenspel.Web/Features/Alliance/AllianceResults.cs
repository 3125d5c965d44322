using Samenspel.Domain.Alliance;

namespace Samenspel.Web.Features.Alliance;

/// <summary>One respondent's answer to one statement: the ordinal value and the answer in words.</summary>
public sealed record GivenAnswer(decimal? Ordinal, string? Words, string? Comment);

/// <summary>A statement of the youth and mentor forms (same linkId), both answers, and how it compares.</summary>
public sealed record StatementResult(string LinkId, string Text, string? MentorText, string? ScaleName, GivenAnswer? Youth, GivenAnswer? Mentor, ItemComparison Comparison);

/// <summary>One scale's means for the youth and the mentor (see <see cref="ScaleMean"/> for missing answers).</summary>
public sealed record ScaleResult(string Code, string Name, ScaleMean? Youth, ScaleMean? Mentor)
{
    public decimal? Difference => Youth?.Mean is { } y && Mentor?.Mean is { } m ? m - y : null;
}

/// <summary>One parent's completed response: their statements and answers, and their scale means.</summary>
public sealed record ParentResult(string Name, IReadOnlyList<(string Text, GivenAnswer Answer)> Statements, IReadOnlyList<ScaleResult> Scales);

/// <summary>Everything the results and conversation pages show about one measurement.</summary>
public sealed class MeasurementResults
{
    public required Measurement Measurement { get; init; }
    public required string YouthName { get; init; }
    public required string InstrumentTitle { get; init; }
    public bool? Validated { get; init; }
    public bool YouthDone { get; init; }
    public bool MentorDone { get; init; }
    /// <summary>Null when the instrument's answers carry no ordinal values: then nothing can be compared.</summary>
    public AnswerScale? Scale { get; init; }
    /// <summary>In the order of the feedback conversation (<see cref="Comparison.ConversationOrder"/>).</summary>
    public required IReadOnlyList<StatementResult> Statements { get; init; }
    public required IReadOnlyList<ScaleResult> Scales { get; init; }
    public required IReadOnlyList<ParentResult> Parents { get; init; }
    /// <summary>Per scale code, the youth's and mentor's means at each measurement of this instrument up to this one.</summary>
    public required IReadOnlyList<(string Code, IReadOnlyList<TrendPoint> Points)> Trend { get; init; }
    public required AccessDecision Decision { get; init; }
}

/// <summary>
/// Reads one measurement's results for the viewer, with the page's decision on AllianceAnswers, Read (declared with
/// [YouthData] on the page, decided and audited by the filter). A behavioural scientist who reads through supervision sees only measurements shared with them,
/// in the results and in the trend alike (<see cref="AccessDecision.ShowsMeasurement"/>).
/// </summary>
public static class AllianceResultsReader
{
    /// <returns>the results, or null when the measurement was not shared with the viewer (answer 403)</returns>
    public static async Task<MeasurementResults?> ReadAsync(SamenspelDb db, YouthGrant grant, Guid measurementId, CancellationToken ct)
    {
        var decision = grant[DataCategory.AllianceAnswers];
        Func<Guid, bool> shows = grant.ShowsMeasurement;
        var measurement = await db.Measurements.AsNoTracking().SingleAsync(m => m.Id == measurementId, ct);
        if (!shows(measurement.Id)) return null;

        var version = await db.InstrumentVersions.AsNoTracking().Where(v => v.Id == measurement.InstrumentVersionId)
            .Join(db.Instruments, v => v.InstrumentId, i => i.Id, (v, i) => new { v.InstrumentId, i.Title, i.Validated }).SingleAsync(ct);
        var scaleNames = await db.InstrumentScales.AsNoTracking().Where(s => s.InstrumentVersionId == measurement.InstrumentVersionId)
            .ToDictionaryAsync(s => s.Code, s => s.Name, ct);
        var forms = await FormsAsync(db, measurement.InstrumentVersionId, ct);
        var completed = await db.Responses.AsNoTracking()
            .Where(r => r.MeasurementId == measurement.Id && r.Status == ResponseStatus.Completed)
            .Select(r => new { r.Id, r.Respondent, r.RespondentPersonId, r.FormId, r.SubmittedAt })
            .ToListAsync(ct);
        // The policy's item rule, as through FHIR: a carer sees no answers sent before their dated authority and no
        // other carer's answers; staff and the youth see every sent response.
        completed = completed.Where(r => decision.Shows(Response.ItemOf(r.Respondent, r.RespondentPersonId, r.SubmittedAt!.Value))).ToList();
        var completedIds = completed.Select(r => r.Id).ToList();
        var given = (await db.ResponseAnswers.AsNoTracking().Where(a => completedIds.Contains(a.ResponseId))
                .Select(a => new { a.ResponseId, a.LinkId, a.Ordinal, a.ValueDisplay, a.ValueCode, a.ValueString, a.ValueInteger, a.ValueBoolean, a.Comment })
                .ToListAsync(ct))
            .ToLookup(a => a.ResponseId);
        var responses = completed.OrderBy(r => r.SubmittedAt)
            .Select(r => new { r.Respondent, r.RespondentPersonId, r.FormId, Answers = given[r.Id].ToList() }).ToList();
        var youthName = await db.Youths.Where(y => y.Id == measurement.YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);

        var ordinals = forms.SelectMany(f => f.Items).SelectMany(i => i.Ordinals).OfType<decimal>().Distinct().ToList();
        var scale = ordinals.Count >= 2 ? new AnswerScale(ordinals) : null;

        Dictionary<string, GivenAnswer> AnswersOf(Respondent respondent) =>
            responses.LastOrDefault(r => r.Respondent == respondent) is { } r
                ? r.Answers.ToDictionary(a => a.LinkId, a => new GivenAnswer(a.Ordinal,
                    a.ValueDisplay ?? a.ValueString ?? a.ValueInteger?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? a.ValueBoolean?.ToString() ?? a.ValueCode, a.Comment))
                : [];
        var youthAnswers = AnswersOf(Respondent.Youth);
        var mentorAnswers = AnswersOf(Respondent.Mentor);
        var youthForm = forms.FirstOrDefault(f => f.Respondent == Respondent.Youth);
        var mentorItems = forms.FirstOrDefault(f => f.Respondent == Respondent.Mentor)?.Items.ToDictionary(i => i.LinkId) ?? [];

        var statements = new List<StatementResult>();
        if (youthForm is not null && scale is not null)
        {
            var items = youthForm.Items.Where(i => i.Ordinals.Any(o => o is not null)).ToList();
            var matched = items.Select((i, n) => new MatchedItem(i.LinkId, i.ScaleCode, n,
                youthAnswers.GetValueOrDefault(i.LinkId)?.Ordinal, mentorAnswers.GetValueOrDefault(i.LinkId)?.Ordinal));
            var byLink = items.ToDictionary(i => i.LinkId);
            statements.AddRange(Comparison.ConversationOrder(matched, scale).Select(c =>
            {
                var item = byLink[c.Item.LinkId];
                return new StatementResult(item.LinkId, item.Text ?? item.LinkId, mentorItems.GetValueOrDefault(item.LinkId)?.Text,
                    item.ScaleCode is { } code ? scaleNames.GetValueOrDefault(code, code) : null,
                    youthAnswers.GetValueOrDefault(item.LinkId), mentorAnswers.GetValueOrDefault(item.LinkId), c);
            }));
        }

        IReadOnlyList<ScaleMean> Means(Respondent respondent, Dictionary<string, GivenAnswer> answers) =>
            forms.FirstOrDefault(f => f.Respondent == respondent) is { } form
                ? Comparison.ScaleMeans(form.Items.Where(i => i.ScaleCode is not null).Select(i => (i.ScaleCode, answers.GetValueOrDefault(i.LinkId)?.Ordinal)))
                : [];
        var youthMeans = Means(Respondent.Youth, youthAnswers);
        var mentorMeans = Means(Respondent.Mentor, mentorAnswers);
        var scales = youthMeans.Select(s => s.Scale).Concat(mentorMeans.Select(s => s.Scale)).Distinct()
            .Select(code => new ScaleResult(code, scaleNames.GetValueOrDefault(code, code),
                youthMeans.FirstOrDefault(s => s.Scale == code), mentorMeans.FirstOrDefault(s => s.Scale == code)))
            .ToList();

        var parentForm = forms.FirstOrDefault(f => f.Respondent == Respondent.Parent);
        var parentResponses = responses.Where(r => r.Respondent == Respondent.Parent).ToList();
        var parentNames = await db.Carers.AsNoTracking().Where(c => parentResponses.Select(r => r.RespondentPersonId).Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var parents = parentForm is null ? [] : parentResponses.Select(r =>
        {
            var answers = r.Answers.ToDictionary(a => a.LinkId, a => new GivenAnswer(a.Ordinal, a.ValueDisplay ?? a.ValueString ?? a.ValueCode, a.Comment));
            var means = Comparison.ScaleMeans(parentForm.Items.Where(i => i.ScaleCode is not null).Select(i => (i.ScaleCode, answers.GetValueOrDefault(i.LinkId)?.Ordinal)));
            return new ParentResult(parentNames.GetValueOrDefault(r.RespondentPersonId, ""),
                parentForm.Items.Where(i => answers.ContainsKey(i.LinkId)).Select(i => (i.Text ?? i.LinkId, answers[i.LinkId])).ToList(),
                means.Select(m => new ScaleResult(m.Scale, scaleNames.GetValueOrDefault(m.Scale, m.Scale), m, null)).ToList());
        }).ToList();

        return new MeasurementResults
        {
            Measurement = measurement,
            YouthName = youthName,
            InstrumentTitle = version.Title,
            Validated = version.Validated,
            YouthDone = responses.Any(r => r.Respondent == Respondent.Youth),
            MentorDone = responses.Any(r => r.Respondent == Respondent.Mentor),
            Scale = scale,
            Statements = statements,
            Scales = scales,
            Parents = parents,
            Trend = (await TrendAsync(db, measurement, version.InstrumentId, shows, decision, ct))
                .OrderBy(t => scales.FindIndex(s => s.Code == t.Key) is var i and >= 0 ? i : int.MaxValue).ThenBy(t => t.Key, StringComparer.Ordinal)
                .Select(t => (t.Key, t.Value)).ToList(),
            Decision = decision,
        };
    }

    sealed record Item(string LinkId, string? Text, string? ScaleCode, List<decimal?> Ordinals);
    sealed record Form(Guid Id, Respondent Respondent, List<Item> Items);

    /// <summary>The questions of each respondent form of the version, in form order, with their ordinal values (three
    /// flat queries: SQLite cannot nest the collections).</summary>
    static async Task<List<Form>> FormsAsync(SamenspelDb db, Guid versionId, CancellationToken ct)
    {
        var forms = await db.QuestionnaireForms.AsNoTracking().Where(f => f.InstrumentVersionId == versionId).Select(f => new { f.Id, f.Respondent }).ToListAsync(ct);
        var formIds = forms.Select(f => f.Id).ToList();
        var items = await db.QuestionnaireItems.AsNoTracking().Where(i => formIds.Contains(i.FormId) && i.Type != "group" && i.Type != "display")
            .OrderBy(i => i.Order).Select(i => new { i.Id, i.FormId, i.LinkId, i.Text, i.ScaleCode }).ToListAsync(ct);
        var ordinals = (await db.AnswerOptions.AsNoTracking().Where(o => db.QuestionnaireItems.Any(i => i.Id == o.ItemId && formIds.Contains(i.FormId)))
                .Select(o => new { o.ItemId, o.Ordinal }).ToListAsync(ct))
            .ToLookup(o => o.ItemId, o => o.Ordinal);
        return forms.Select(f => new Form(f.Id, f.Respondent, items.Where(i => i.FormId == f.Id)
            .Select(i => new Item(i.LinkId, i.Text, i.ScaleCode, ordinals[i.Id].ToList())).ToList())).ToList();
    }

    /// <summary>The youth's and mentor's scale means at every measurement of the same youth and instrument (any
    /// version) planned up to this one, oldest first. Only completed responses count.</summary>
    static async Task<IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>>> TrendAsync(SamenspelDb db, Measurement current, Guid instrumentId, Func<Guid, bool> shows, AccessDecision decision, CancellationToken ct)
    {
        var measurements = (await db.Measurements.AsNoTracking()
                .Where(m => m.YouthId == current.YouthId && m.PlannedOn <= current.PlannedOn)
                .Join(db.InstrumentVersions.Where(v => v.InstrumentId == instrumentId), m => m.InstrumentVersionId, v => v.Id, (m, v) => new { m.Id, m.PlannedOn, m.CreatedAt })
                .ToListAsync(ct))
            .Where(m => shows(m.Id))
            .OrderBy(m => m.PlannedOn).ThenBy(m => m.CreatedAt).ToList();
        var ids = measurements.Select(m => m.Id).ToList();
        var answers = await db.Responses.AsNoTracking()
            .Where(r => ids.Contains(r.MeasurementId) && r.Status == ResponseStatus.Completed && (r.Respondent == Respondent.Youth || r.Respondent == Respondent.Mentor))
            .Join(db.ResponseAnswers, r => r.Id, a => a.ResponseId, (r, a) => new { r.MeasurementId, r.Respondent, r.RespondentPersonId, r.SubmittedAt, r.FormId, a.LinkId, a.Ordinal })
            .ToListAsync(ct);
        answers = answers.Where(a => decision.Shows(Response.ItemOf(a.Respondent, a.RespondentPersonId, a.SubmittedAt!.Value))).ToList();
        var formIds = answers.Select(a => a.FormId).Distinct().ToList();
        var scaleOf = (await db.QuestionnaireItems.AsNoTracking().Where(i => formIds.Contains(i.FormId) && i.ScaleCode != null)
                .Select(i => new { i.FormId, i.LinkId, i.ScaleCode }).ToListAsync(ct))
            .ToDictionary(i => (i.FormId, i.LinkId), i => i.ScaleCode!);

        var trend = new Dictionary<string, IReadOnlyList<TrendPoint>>();
        var means = answers.GroupBy(a => (a.MeasurementId, a.Respondent))
            .ToDictionary(g => g.Key, g => Comparison.ScaleMeans(g.Select(a => (scaleOf.GetValueOrDefault((a.FormId, a.LinkId)), a.Ordinal))));
        foreach (var code in means.Values.SelectMany(m => m).Select(m => m.Scale).Distinct())
            trend[code] = measurements.Select(m => new TrendPoint(m.PlannedOn,
                means.GetValueOrDefault((m.Id, Respondent.Youth))?.FirstOrDefault(s => s.Scale == code)?.Mean,
                means.GetValueOrDefault((m.Id, Respondent.Mentor))?.FirstOrDefault(s => s.Scale == code)?.Mean)).ToList();
        return trend;
    }
}
