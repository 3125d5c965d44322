using System.Globalization;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace Samenspel.Web.Fhir;

/// <summary>A search parameter one resource type supports. The same list validates requests and fills the
/// CapabilityStatement, so the two cannot disagree.</summary>
public sealed record SearchParameter(string Name, SearchParamType Type, string Documentation, string? Target = null);

/// <summary>A FHIR date search value: the period its precision covers (a year, a month or a day, both ends
/// inclusive) and the comparison prefix.</summary>
public sealed record DateFilter(string Prefix, DateOnly Start, DateOnly End);

/// <summary>The validated query of one search. Anything the server does not understand is refused with a 400
/// that names it, rather than silently ignored and answered with too much.</summary>
public sealed partial class FhirSearch
{
    public const int DefaultCount = 50;
    public const int MaxCount = 200;

    public static readonly SearchParameter CountParameter = new("_count", SearchParamType.Number,
        $"Maximum number of results (default {DefaultCount}, at most {MaxCount}).");

    readonly Dictionary<string, object> values = [];

    public int Count { get; private set; } = DefaultCount;

    public string? String(string name) => values.GetValueOrDefault(name) as string;
    public DateFilter? Date(string name) => values.GetValueOrDefault(name) as DateFilter;
    public Guid? Reference(string name) => values.GetValueOrDefault(name) as Guid?;

    /// <summary>Returns the 400 answer for a malformed query, or null when <paramref name="search"/> is valid.</summary>
    public static IResult? TryParse(HttpRequest request, IReadOnlyList<SearchParameter> supported, out FhirSearch search)
    {
        search = new FhirSearch();
        foreach (var (name, given) in request.Query)
        {
            if (given.Count > 1)
                return FhirResults.Invalid($"Search parameter '{FhirResults.Shorten(name)}' is given more than once.",
                    $"De zoekterm '{FhirResults.Shorten(name)}' staat er meer dan één keer in.");
            var value = given.ToString().Trim();
            var error = name switch
            {
                "_count" => search.ParseCount(value),
                "_format" => ParseFormat(value),
                _ when supported.FirstOrDefault(p => p.Name == name) is { } parameter => value.Length == 0 ? null : search.Parse(parameter, value),
                _ => FhirResults.Outcome(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.NotSupported,
                    $"Unknown search parameter '{FhirResults.Shorten(name)}'. Supported: {string.Join(", ", supported.Select(p => p.Name).Append("_count"))}.",
                    $"De zoekterm '{FhirResults.Shorten(name)}' kennen we niet."),
            };
            if (error is not null) return error;
        }
        return null;
    }

    IResult? ParseCount(string value)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            return FhirResults.Invalid($"_count must be a positive whole number, not '{FhirResults.Shorten(value)}'.",
                "_count moet een heel getal groter dan 0 zijn.");
        Count = Math.Min(count, MaxCount);
        return null;
    }

    /// <summary>Only JSON is served; a client that asks for it explicitly is welcome.</summary>
    static IResult? ParseFormat(string value) =>
        value is "json" or "application/json" or "application/fhir+json" ? null
            : FhirResults.Outcome(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.NotSupported,
                $"_format '{FhirResults.Shorten(value)}' is not supported; this server answers in JSON only.",
                "Deze server geeft alleen JSON terug.");

    IResult? Parse(SearchParameter parameter, string value)
    {
        switch (parameter.Type)
        {
            case SearchParamType.Date when ParseDate(value) is { } date:
                values[parameter.Name] = date;
                return null;
            case SearchParamType.Date:
                return FhirResults.Invalid(
                    $"'{FhirResults.Shorten(value)}' is not a valid value for {parameter.Name}: use YYYY, YYYY-MM or YYYY-MM-DD, optionally prefixed with eq, ne, lt, le, gt or ge.",
                    "Vul de datum in als JJJJ-MM-DD, bijvoorbeeld 2012-03-31.");
            case SearchParamType.Reference when ParseReference(value, parameter.Target!) is { } id:
                values[parameter.Name] = id;
                return null;
            case SearchParamType.Reference:
                return FhirResults.Invalid(
                    $"'{FhirResults.Shorten(value)}' is not a valid value for {parameter.Name}: use {parameter.Target}/<id> or <id>, where the id is a GUID.",
                    "Dit is geen geldige verwijzing.");
            default:
                values[parameter.Name] = value;
                return null;
        }
    }

    static DateFilter? ParseDate(string value)
    {
        var match = DateValue().Match(value);
        if (!match.Success) return null;
        var prefix = match.Groups["prefix"].Success ? match.Groups["prefix"].Value : "eq";
        var text = match.Groups["date"].Value;
        string[] formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];
        if (!DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)) return null;
        var end = text.Length switch
        {
            4 => start.AddYears(1).AddDays(-1),
            7 => start.AddMonths(1).AddDays(-1),
            _ => start,
        };
        return new DateFilter(prefix, start, end);
    }

    static Guid? ParseReference(string value, string target)
    {
        var id = value.StartsWith(target + "/", StringComparison.Ordinal) ? value[(target.Length + 1)..] : value;
        return FhirIds.TryParse(id, out var guid) ? guid : null;
    }

    [GeneratedRegex(@"^(?<prefix>eq|ne|lt|le|gt|ge)?(?<date>\d{4}(-\d{2}(-\d{2})?)?)$")]
    private static partial Regex DateValue();
}

public static class FhirIds
{
    /// <summary>Resource ids are the model's GUIDs in "D" format; other spellings of a GUID are accepted too.</summary>
    public static bool TryParse(string id, out Guid guid) => Guid.TryParse(id, out guid);

    public static string Format(Guid id) => id.ToString("D");
}
