namespace Samenspel.Web.Features.Alliance;

/// <summary>One respondent form, ready to show and to answer: its items in document order with their answers.</summary>
public sealed record LoadedForm(QuestionnaireForm Form, string InstrumentTitle, bool? Validated, string? Licence, IReadOnlyList<QuestionnaireItem> Items)
{
    /// <summary>The items a respondent answers on the fill-in page (groups and texts are shown, not answered).</summary>
    public IEnumerable<QuestionnaireItem> Questions => Items.Where(Answering.IsAnswerable);
    public int Depth(QuestionnaireItem item)
    {
        var depth = 0;
        for (var parent = item.ParentLinkId; parent is not null && depth < 64; depth++)
            parent = Items.FirstOrDefault(i => i.LinkId == parent)?.ParentLinkId;
        return depth;
    }
}

/// <summary>What a respondent has given so far, as the form shows it: per linkId the value (an option's code, a
/// number, text, "true"/"false") and the comment, plus the Dutch message per item that was refused.</summary>
public sealed class AnswerSheet
{
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Comments { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public const string ValuePrefix = "a:";
    public const string CommentPrefix = "c:";

    public static AnswerSheet From(IEnumerable<ResponseAnswer> answers)
    {
        var sheet = new AnswerSheet();
        foreach (var a in answers)
        {
            var value = a.ValueCode ?? a.ValueString ?? a.ValueInteger?.ToString(System.Globalization.CultureInfo.InvariantCulture)
                ?? (a.ValueBoolean is { } b ? (b ? "true" : "false") : null);
            if (value is not null) sheet.Values[a.LinkId] = value;
            if (a.Comment is not null) sheet.Comments[a.LinkId] = a.Comment;
        }
        return sheet;
    }

    /// <summary>The posted form: fields <c>a:{linkId}</c> and <c>c:{linkId}</c> of the form's questions.</summary>
    public static AnswerSheet From(IFormCollection posted, LoadedForm form)
    {
        var sheet = new AnswerSheet();
        foreach (var item in form.Questions)
        {
            if (posted[ValuePrefix + item.LinkId].ToString().Trim() is { Length: > 0 } value) sheet.Values[item.LinkId] = value;
            if (posted[CommentPrefix + item.LinkId].ToString().Trim() is { Length: > 0 } comment) sheet.Comments[item.LinkId] = comment;
        }
        return sheet;
    }
}

/// <summary>Loads forms and writes answers into a response. A response's answers always equal the last sheet
/// posted, apart from values that were refused: those keep what was stored before, so nothing is lost.</summary>
public static class Answering
{
    static readonly string[] AnswerableTypes = ["choice", "open-choice", "integer", "string", "text", "boolean"];

    public static bool IsAnswerable(QuestionnaireItem item) => AnswerableTypes.Contains(item.Type);

    public static async Task<LoadedForm?> LoadFormAsync(SamenspelDb db, Guid formId, CancellationToken ct)
    {
        var form = await db.QuestionnaireForms.AsNoTracking().Include(f => f.Items).ThenInclude(i => i.Options)
            .AsSplitQuery().SingleOrDefaultAsync(f => f.Id == formId, ct);
        if (form is null) return null;
        var instrument = await db.InstrumentVersions.Where(v => v.Id == form.InstrumentVersionId)
            .Join(db.Instruments, v => v.InstrumentId, i => i.Id, (v, i) => new { i.Title, i.Validated, i.Licence })
            .SingleAsync(ct);
        foreach (var item in form.Items) item.Options.Sort((a, b) => a.Order.CompareTo(b.Order));
        return new LoadedForm(form, instrument.Title, instrument.Validated, instrument.Licence, form.Items.OrderBy(i => i.Order).ToList());
    }

    /// <summary>Writes <paramref name="sheet"/> into <paramref name="response"/> and fills <see cref="AnswerSheet.Errors"/>
    /// for values that are not allowed (and, when <paramref name="complete"/>, for required questions left open).</summary>
    public static void Apply(Response response, AnswerSheet sheet, LoadedForm form, bool complete, IStringLocalizer t)
    {
        foreach (var item in form.Questions)
        {
            var existing = response.Answers.FirstOrDefault(a => a.LinkId == item.LinkId);
            sheet.Values.TryGetValue(item.LinkId, out var value);
            sheet.Comments.TryGetValue(item.LinkId, out var comment);
            if (comment?.Length > ResponseAnswer.CommentLength)
            {
                sheet.Errors[item.LinkId] = t["Deze opmerking is te lang (maximaal 1000 tekens)."];
                continue;
            }
            var answer = existing ?? new ResponseAnswer { YouthId = response.YouthId, ResponseId = response.Id, LinkId = item.LinkId };
            if (value is null)
                (answer.ValueSystem, answer.ValueCode, answer.ValueDisplay, answer.ValueString, answer.ValueInteger, answer.ValueBoolean, answer.Ordinal)
                    = (null, null, null, null, null, null, null);
            else if (!Set(answer, item, value, t, out var error))
            {
                sheet.Errors[item.LinkId] = error;
                continue;
            }
            answer.Comment = comment;
            if (complete && item.Required && !answer.HasValue)
                sheet.Errors[item.LinkId] = item.Type is "choice" or "open-choice" or "boolean" ? t["Kies een antwoord."] : t["Vul een antwoord in."];
            if (!answer.HasValue && answer.Comment is null)
            {
                if (existing is not null) response.Answers.Remove(existing);
            }
            else if (existing is null) response.Answers.Add(answer);
        }
    }

    static bool Set(ResponseAnswer answer, QuestionnaireItem item, string value, IStringLocalizer t, out string error)
    {
        error = "";
        AnswerOption? option = null;
        int number = 0;
        switch (item.Type)
        {
            case "choice" or "open-choice" when (option = item.Options.FirstOrDefault(o => o.Code == value)) is null:
                error = t["Kies een van de antwoorden."];
                return false;
            case "integer" when !int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out number):
                error = t["Vul een heel getal in, bijvoorbeeld 3."];
                return false;
            case "boolean" when value is not ("true" or "false"):
                error = t["Kies ja of nee."];
                return false;
            case "string" or "text" when value.Length > ResponseAnswer.StringLength:
                error = t["Dit antwoord is te lang (maximaal 2000 tekens)."];
                return false;
        }
        // Only a valid value replaces what was stored.
        (answer.ValueSystem, answer.ValueCode, answer.ValueDisplay, answer.ValueString, answer.ValueInteger, answer.ValueBoolean, answer.Ordinal)
            = (null, null, null, null, null, null, null);
        switch (item.Type)
        {
            case "choice" or "open-choice":
                (answer.ValueSystem, answer.ValueCode, answer.ValueDisplay, answer.Ordinal) = (option!.System, option.Code, option.Display, option.Ordinal);
                break;
            case "integer":
                answer.ValueInteger = number;
                break;
            case "boolean":
                answer.ValueBoolean = value == "true";
                break;
            default:
                answer.ValueString = value;
                break;
        }
        return true;
    }
}
