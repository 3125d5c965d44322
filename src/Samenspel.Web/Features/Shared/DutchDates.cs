using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Samenspel.Web.Features.Shared;

/// <summary>Reads a date, or a date and time, the way people in the Netherlands type it: 1-12-2026, 01/12/2026,
/// 1 december 2026, 1 dec. 2026, and the date picker's 2026-12-01 (with 14:30 or T14:30 after it for a time).
/// Any year parses; <see cref="Sensible"/> says whether it is one a form should take.</summary>
public static partial class DutchDates
{
    static readonly string[] Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>The date part and, when present, the time part (hours and minutes, seconds allowed).</summary>
    public static bool TryParse(string? text, out DateOnly date, out TimeOnly? time)
    {
        (date, time) = (default, null);
        if (string.IsNullOrWhiteSpace(text)) return false;
        var m = DatePattern().Match(text.Trim().ToLowerInvariant());
        if (!m.Success) return false;
        int day, month, year;
        if (m.Groups["iy"].Success) (year, month, day) = (Int(m, "iy"), Int(m, "im"), Int(m, "id"));
        else if (m.Groups["nm"].Success) (day, month, year) = (Int(m, "nd"), Int(m, "nm"), Int(m, "ny"));
        else
        {
            (day, year) = (Int(m, "wd"), Int(m, "wy"));
            var name = m.Groups["wm"].Value.TrimEnd('.');
            month = name.Length >= 3 ? Array.FindIndex(Months, n => n.StartsWith(name, StringComparison.Ordinal)
                || (name == "mrt" && n == "maart") || (name == "sept" && n == "september")) + 1 : 0;
        }
        if (month is < 1 or > 12 || year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        if (!m.Groups["h"].Success) return true;
        var (hour, minute, second) = (Int(m, "h"), Int(m, "min"), m.Groups["s"].Success ? Int(m, "s") : 0);
        if (hour > 23 || minute > 59 || second > 59) return false;
        time = new TimeOnly(hour, minute, second);
        return true;
    }

    /// <summary>A date without a time, in a sensible year: for the few forms that read a date from text themselves.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) => TryParse(text, out date, out var time) && time is null && Sensible(date);

    /// <summary>Years a form takes; year 1 (an empty DateTime) or a typo like 20260 is not a date anyone means.</summary>
    public static bool Sensible(DateOnly date) => date.Year is >= 1900 and <= 2200;

    static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("""
        ^(?:(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})
           |(?<nd>\d{1,2})[-/.](?<nm>\d{1,2})[-/.](?<ny>\d{4})
           |(?<wd>\d{1,2})\.?\s+(?<wm>[a-z]+\.?)\s+(?<wy>\d{4}))
         (?:(?:\s+(?:om\s+)?|t)(?<h>\d{1,2})[:.](?<min>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?(?:\s*uur)?)?$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}

/// <summary>Binds every DateOnly, DateTime and DateTimeOffset (and their nullable forms) through
/// <see cref="DutchDates"/>, with a plain Dutch error. A DateTime is Dutch wall-clock time; a DateTimeOffset is that
/// time in Europe/Amsterdam.</summary>
public sealed class DutchDateBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) ? new Binder(type) : null;
    }

    sealed class Binder(Type type) : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext context)
        {
            var result = context.ValueProvider.GetValue(context.ModelName);
            if (result == ValueProviderResult.None) return Task.CompletedTask;
            context.ModelState.SetModelValue(context.ModelName, result);
            var t = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            var withTime = type != typeof(DateOnly);
            var text = result.FirstValue;
            if (string.IsNullOrWhiteSpace(text))
            {
                if (context.ModelMetadata.IsReferenceOrNullableType) context.Result = ModelBindingResult.Success(null);
                else context.ModelState.TryAddModelError(context.ModelName, withTime ? t["Vul een datum en tijd in."] : t["Vul een datum in."]);
                return Task.CompletedTask;
            }
            if (!DutchDates.TryParse(text, out var date, out var time) || (withTime && time is null) || (!withTime && time is not null))
            {
                context.ModelState.TryAddModelError(context.ModelName, withTime
                    ? t["Vul een datum en tijd in, bijvoorbeeld 23-11-2026 09:30."]
                    : t["Vul een datum in, bijvoorbeeld 23-11-2026."]);
                return Task.CompletedTask;
            }
            if (!DutchDates.Sensible(date))
            {
                context.ModelState.TryAddModelError(context.ModelName, t["Het jaartal {0} klopt niet. Vul een datum tussen 1900 en 2200 in.", date.Year]);
                return Task.CompletedTask;
            }
            var local = date.ToDateTime(time ?? TimeOnly.MinValue);
            object model = type == typeof(DateOnly) ? date : type == typeof(DateTime) ? (object)local : DutchCalendar.ToInstant(local);
            context.Result = ModelBindingResult.Success(model);
            return Task.CompletedTask;
        }
    }
}
