using System.Text.Json;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace Samenspel.Web.Instruments;

/// <summary>One reason why a Questionnaire is refused: English for developers, plain Dutch for people, and the
/// item's linkId when the problem is in one item.</summary>
public sealed record ImportError(string? LinkId, string English, string Dutch);

/// <summary>A Questionnaire that passed every check: what the import stores.</summary>
public sealed record ReadQuestionnaire(
    string Key, string InstrumentTitle, string FormTitle, string Version, Respondent Respondent, string? Url,
    string? Licence, string? Source, bool? Validated,
    IReadOnlyList<QuestionnaireItem> Items, IReadOnlyList<(string Code, string Name)> Scales);

/// <summary>
/// Parses a FHIR R4 Questionnaire with the Firely SDK and checks what the product needs. Pure: no database. Every
/// problem is collected, so that an administrator sees the whole list at once; hostile input gives errors, never an
/// exception (see README.md in this folder).
/// </summary>
public static partial class QuestionnaireReader
{
    public const string InstrumentExtension = "https://samenspel.nl/fhir/StructureDefinition/instrument";
    public const string ScaleSystem = "https://samenspel.nl/fhir/CodeSystem/scale";
    public const string OrdinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    public const string ItemWeight = "http://hl7.org/fhir/StructureDefinition/itemWeight";
    public const int MaxLength = 5 * 1024 * 1024;
    /// <summary>A hostile file could hold thousands of problems; the first ones are enough to act on.</summary>
    public const int MaxErrors = 100;

    static readonly string[] Unsupported = ["attachment", "reference"];
    static readonly FhirJsonDeserializer Parser = new();

    public static (ReadQuestionnaire? Questionnaire, IReadOnlyList<ImportError> Errors) Read(string json)
    {
        var errors = new List<ImportError>();
        var q = Parse(json, errors);
        if (q is null) return (null, errors);

        var ext = q.GetExtension(InstrumentExtension);
        string? Sub(string name) => ext?.GetExtension(name)?.Value switch
        {
            FhirUri u => u.Value,
            PrimitiveType p => p.ToString(),
            _ => null,
        };
        var respondentCode = Sub("respondent");
        var respondent = respondentCode switch
        {
            null => Respondent.Any,
            "youth" => Respondent.Youth,
            "mentor" => Respondent.Mentor,
            "parent" => Respondent.Parent,
            _ => (Respondent?)null,
        };
        if (respondent is null)
            errors.Add(new(null, $"Unknown respondent '{Short(respondentCode!)}' in the {InstrumentExtension} extension; use youth, mentor or parent.",
                $"Onbekende invuller '{Short(respondentCode!)}'. Kies youth (jongere), mentor of parent (ouder)."));
        var validated = ext?.GetExtension("validated")?.Value is FhirBoolean { Value: { } v } ? v : (bool?)null;
        var key = Sub("key") ?? q.Url ?? q.Name ?? q.Title;
        if (string.IsNullOrWhiteSpace(key))
            errors.Add(new(null, "The Questionnaire has no url, name or title, so it cannot be told apart from others.",
                "De vragenlijst heeft geen url, naam of titel. Geef hem een url."));
        else if (key.Length > 500 || q.Url?.Length > 500)
            errors.Add(new(null, "The Questionnaire's url is longer than 500 characters.", "De url van de vragenlijst is langer dan 500 tekens."));
        if (q.Version?.Length > 100)
            errors.Add(new(null, "Questionnaire.version is longer than 100 characters.", "Het versienummer is langer dan 100 tekens."));

        var items = new List<QuestionnaireItem>();
        var scales = new List<(string Code, string Name)>();
        var valueSets = q.Contained.OfType<ValueSet>().Where(vs => vs.Id is not null).GroupBy(vs => vs.Id!).ToDictionary(g => g.Key, g => g.First());
        Walk(q.Item, null, items, [], scales, valueSets, errors);

        var linkIds = items.Select(i => i.LinkId).ToHashSet();
        foreach (var (item, question) in AllItems(q.Item).SelectMany(i => i.EnableWhen.Select(e => (i, e.Question))))
            if (item.LinkId is not null && !linkIds.Contains(question ?? ""))
                errors.Add(new(item.LinkId, $"Item '{Short(item.LinkId)}': enableWhen refers to question '{Short(question ?? "")}', which is not in this Questionnaire.",
                    $"Vraag '{Short(item.LinkId)}': de voorwaarde (enableWhen) verwijst naar vraag '{Short(question ?? "")}', maar die staat niet in de vragenlijst."));
        if (!items.Any(i => i.Type is not ("group" or "display")) && errors.Count == 0)
            errors.Add(new(null, "The Questionnaire has no questions.", "De vragenlijst heeft geen vragen."));

        if (errors.Count > MaxErrors)
            errors = [.. errors.Take(MaxErrors), More(errors.Count - MaxErrors)];
        if (errors.Count > 0) return (null, errors);
        var title = q.Title ?? q.Name ?? key!;
        return (new ReadQuestionnaire(key!, Sub("title") ?? title, title, q.Version ?? "", respondent!.Value, q.Url,
            q.Copyright, q.Publisher, validated, items, scales), errors);
    }

    /// <summary>JSON syntax first (with line and position), then the Firely SDK in its strict mode.</summary>
    static Questionnaire? Parse(string json, List<ImportError> errors)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            errors.Add(new(null, "The file is empty.", "Het bestand is leeg."));
            return null;
        }
        if (json.Length > MaxLength)
        {
            errors.Add(new(null, $"The file is larger than {MaxLength / 1024 / 1024} MB.", $"Het bestand is groter dan {MaxLength / 1024 / 1024} MB."));
            return null;
        }
        if (json.Contains("\\u0000", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new(null, "The file contains a NUL character (\\u0000).", "Het bestand bevat een ongeldig teken (\\u0000)."));
            return null;
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var position = (e.BytePositionInLine ?? 0) + 1;
            errors.Add(new(null, $"This is not valid JSON: line {line}, position {position}.",
                $"Dit is geen geldige JSON: regel {line}, positie {position}."));
            return null;
        }
        using (document)
        {
            var type = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("resourceType", out var t)
                && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (type != "Questionnaire")
            {
                errors.Add(new(null, $"This is not a FHIR Questionnaire (resourceType is '{Short(type ?? "")}').",
                    $"Dit is geen FHIR-vragenlijst (Questionnaire), maar '{Short(type ?? "")}'."));
                return null;
            }
            Resource? resource;
            IEnumerable<CodedException>? issues;
            try
            {
                Parser.TryDeserializeResource(json, out resource, out issues);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or ArgumentException or OverflowException)
            {
                errors.Add(new(null, "The Questionnaire could not be read.", "De vragenlijst kon niet gelezen worden."));
                return null;
            }
            var all = issues?.ToList() ?? [];
            foreach (var issue in all.Take(MaxErrors))
            {
                var path = (issue as ExtendedCodedException)?.InstancePath ?? "";
                var where = issue is ExtendedCodedException { LineNumber: > 0 } x ? $" (line {x.LineNumber}, position {x.Position})" : "";
                var whereNl = issue is ExtendedCodedException { LineNumber: > 0 } y ? $" (regel {y.LineNumber}, positie {y.Position})" : "";
                var linkId = LinkIdAt(document.RootElement, path);
                var item = linkId is null ? "" : $"Item '{Short(linkId)}': ";
                var itemNl = linkId is null ? "" : $"Vraag '{Short(linkId)}': ";
                var message = (issue as ExtendedCodedException)?.BaseErrorMessage ?? issue.Message;
                errors.Add(new(linkId, $"{item}{Short(path, 200)}{where}: {Short(message, 300)}",
                    $"{itemNl}ongeldige FHIR bij {Short(path, 200)}{whereNl}: {Short(message, 300)}"));
            }
            if (all.Count > MaxErrors) errors.Add(More(all.Count - MaxErrors));
            return errors.Count == 0 ? resource as Questionnaire : null;
        }
    }

    static void Walk(List<Questionnaire.ItemComponent> level, string? parent, List<QuestionnaireItem> items, HashSet<string> seen,
        List<(string Code, string Name)> scales, Dictionary<string, ValueSet> valueSets, List<ImportError> errors)
    {
        foreach (var item in level)
        {
            var linkId = item.LinkId;
            var type = item.Type is { } t ? t.GetLiteral() : null;
            if (string.IsNullOrWhiteSpace(linkId))
            {
                errors.Add(new(null, $"An item{(item.Text is { } x ? $" ('{Short(x)}')" : "")} has no linkId.",
                    $"Een vraag{(item.Text is { } y ? $" ('{Short(y)}')" : "")} heeft geen linkId."));
                Walk(item.Item, parent, items, seen, scales, valueSets, errors);
                continue;
            }
            void Error(string english, string dutch) =>
                errors.Add(new(linkId, $"Item '{Short(linkId)}': {english}", $"Vraag '{Short(linkId)}': {dutch}"));

            if (linkId.Length > 255) Error("the linkId is longer than 255 characters.", "de linkId is langer dan 255 tekens.");
            else if (!seen.Add(linkId)) Error("the linkId is used more than once.", "deze linkId komt meer dan één keer voor.");
            if (type is null) Error("the item has no type.", "de vraag heeft geen type.");
            else if (Unsupported.Contains(type))
                Error($"item type '{type}' is not supported; Samenspel cannot ask for a {(type == "attachment" ? "file" : "reference")}.",
                    $"het soort vraag '{type}' kan Samenspel niet gebruiken ({(type == "attachment" ? "een bestand toevoegen" : "een verwijzing")}).");

            var scaleCodes = item.Code.Where(c => c.System == ScaleSystem).ToList();
            string? scale = null;
            if (scaleCodes.Count > 1) Error("the item is on more than one scale.", "de vraag hoort bij meer dan één schaal.");
            else if (scaleCodes is [var sc])
            {
                if (type is "group" or "display") Error("only a question can be on a scale.", "alleen een vraag kan bij een schaal horen.");
                else if (string.IsNullOrWhiteSpace(sc.Code) || sc.Code.Length > 100) Error("the scale code is empty or longer than 100 characters.", "de code van de schaal is leeg of te lang.");
                else
                {
                    scale = sc.Code;
                    if (!scales.Any(s => s.Code == scale)) scales.Add((scale, sc.Display ?? scale));
                }
            }

            var options = type is "choice" or "open-choice" ? Options(item, valueSets, Error) : [];
            if (options.Count > 0 && options.Any(o => o.Ordinal is null) && options.Any(o => o.Ordinal is not null))
                Error("some answer options have an ordinal value (ordinalValue or itemWeight) and others do not.",
                    "sommige antwoorden hebben een score (ordinalValue of itemWeight) en andere niet.");
            if (options.Any(o => o.Ordinal is { } w && Math.Abs(w) >= 1_000_000_000_000m))
                Error("an ordinal value is too large.", "een score is te groot.");

            items.Add(new QuestionnaireItem
            {
                LinkId = linkId, ParentLinkId = parent, Order = items.Count, Type = type ?? "", Text = item.Text,
                Required = item.Required ?? false, Repeats = item.Repeats ?? false, ScaleCode = scale, Options = options,
            });
            Walk(item.Item, linkId, items, seen, scales, valueSets, errors);
        }
    }

    /// <summary>The answers of a choice item: its answerOptions, or the concepts of a contained ValueSet. An answer
    /// list on another server cannot be loaded here, so it is refused.</summary>
    static List<AnswerOption> Options(Questionnaire.ItemComponent item, Dictionary<string, ValueSet> valueSets, Action<string, string> error)
    {
        var options = new List<AnswerOption>();
        if (item.AnswerOption.Count > 0)
        {
            foreach (var option in item.AnswerOption)
            {
                var (system, code, display) = option.Value switch
                {
                    Coding c => (c.System, c.Code ?? c.Display, c.Display),
                    PrimitiveType p => (null, p.ToString(), null),
                    _ => (null, null, null),
                };
                if (string.IsNullOrEmpty(code))
                {
                    error($"answer option {options.Count + 1} has no value.", $"antwoord {options.Count + 1} heeft geen waarde.");
                    continue;
                }
                var weight = Ordinal(option.Extension) ?? Ordinal((option.Value as Coding)?.Extension ?? []);
                options.Add(new AnswerOption { Order = options.Count, System = system, Code = code, Display = display, Ordinal = weight });
            }
            return options;
        }
        if (item.AnswerValueSet is not { Length: > 0 } reference)
        {
            error("a choice item needs answerOption or a contained answerValueSet.", "een keuzevraag heeft geen antwoorden (answerOption).");
            return options;
        }
        if (!reference.StartsWith('#') || !valueSets.TryGetValue(reference[1..], out var valueSet))
        {
            error($"the answer list '{Short(reference)}' is not contained in the Questionnaire, and Samenspel does not fetch lists from other servers.",
                $"de antwoorden staan in een lijst op een andere plek ('{Short(reference)}'). Zet de antwoorden in de vragenlijst zelf (answerOption).");
            return options;
        }
        foreach (var include in valueSet.Compose?.Include ?? [])
            foreach (var concept in include.Concept)
                options.Add(new AnswerOption
                {
                    Order = options.Count, System = include.System, Code = concept.Code ?? "", Display = concept.Display,
                    Ordinal = Ordinal(concept.Extension),
                });
        var listed = options.Select(o => (o.System, o.Code)).ToHashSet();
        foreach (var contains in valueSet.Expansion?.Contains ?? [])
            if (listed.Add((contains.System, contains.Code ?? "")))
                options.Add(new AnswerOption
                {
                    Order = options.Count, System = contains.System, Code = contains.Code ?? "", Display = contains.Display,
                    Ordinal = Ordinal(contains.Extension),
                });
        if (options.Count == 0 || options.Any(o => o.Code.Length == 0))
            error($"the answer list '{Short(reference)}' lists no answers, or an answer without a code.",
                $"de antwoordenlijst '{Short(reference)}' is leeg of heeft een antwoord zonder code.");
        return options;
    }

    static ImportError More(int count) => new(null, $"… and {count} more problems.", $"… en nog {count} andere fouten.");

    static decimal? Ordinal(List<Extension> extensions) =>
        extensions.FirstOrDefault(e => e.Url is OrdinalValue or ItemWeight)?.Value switch
        {
            FhirDecimal d => d.Value,
            Integer i => i.Value,
            _ => null,
        };

    static IEnumerable<Questionnaire.ItemComponent> AllItems(IEnumerable<Questionnaire.ItemComponent> items) =>
        items.SelectMany(i => AllItems(i.Item).Prepend(i));

    /// <summary>The linkId of the innermost item on a Firely instance path such as
    /// <c>Questionnaire.item[0].item[2].answerOption[1]</c>, looked up in the JSON itself.</summary>
    static string? LinkIdAt(JsonElement root, string path)
    {
        string? linkId = null;
        var element = root;
        foreach (Match step in ItemStep().Matches(path))
        {
            var index = int.Parse(step.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("item", out var list)
                || list.ValueKind != JsonValueKind.Array || index >= list.GetArrayLength())
                break;
            element = list[index];
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("linkId", out var id) && id.ValueKind == JsonValueKind.String)
                linkId = id.GetString();
        }
        return linkId;
    }

    [GeneratedRegex(@"(?<=^Questionnaire(?:\.item\[\d+\])*)\.item\[(\d+)\]")]
    private static partial Regex ItemStep();

    static string Short(string value, int max = 64) => value.Length <= max ? value : value[..max] + "…";
}
