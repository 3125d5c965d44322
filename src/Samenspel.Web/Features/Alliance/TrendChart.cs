using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;
using Samenspel.Domain.Alliance;

namespace Samenspel.Web.Features.Alliance;

/// <summary>One measurement on the trend: its date and each respondent's mean on one scale (null: not answered).</summary>
public sealed record TrendPoint(DateOnly On, decimal? Youth, decimal? Mentor);

/// <summary>
/// The trend of one scale's means across a youth's measurements, drawn on the server as inline SVG with OxyPlot
/// (pure managed code, no JavaScript). The youth's line is solid with round marks, the mentor's dashed with square
/// marks, so the lines differ without colour. The SVG carries <c>role="img"</c> and a text title; the page shows
/// the same numbers in a table for screen readers and for people who do not read charts.
/// </summary>
public static partial class TrendChart
{
    const double Width = 480, Height = 240;
    // Dark enough for 3:1 against white (WCAG 1.4.11): the theme's blue and a dark orange.
    static readonly OxyColor YouthColour = OxyColor.FromRgb(0x1d, 0x4e, 0x89), MentorColour = OxyColor.FromRgb(0xa3, 0x48, 0x00);

    /// <param name="id">unique on the page; names the SVG title</param>
    /// <param name="title">the text title, e.g. "Band: gemiddelde per meting"</param>
    public static string Svg(string id, string title, IReadOnlyList<TrendPoint> points, AnswerScale scale, string youthLabel, string mentorLabel, CultureInfo culture)
    {
        var model = new PlotModel { DefaultFont = "sans-serif", DefaultFontSize = 13, PlotAreaBorderColor = OxyColors.Gray, Padding = new OxyThickness(4) };
        model.Legends.Add(new Legend { LegendPosition = LegendPosition.BottomCenter, LegendPlacement = LegendPlacement.Outside, LegendOrientation = LegendOrientation.Horizontal });
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Left, Minimum = (double)scale.Min, Maximum = (double)scale.Max, MajorStep = (double)scale.Step,
            MinimumPadding = 0.05, MaximumPadding = 0.05, MinorTickSize = 0, MajorGridlineStyle = LineStyle.Dot, MajorGridlineColor = OxyColors.LightGray,
            IsZoomEnabled = false, IsPanEnabled = false,
        });
        var labels = points.Select(p => p.On.ToString("d MMM yyyy", culture)).ToList();
        model.Axes.Add(new CategoryAxis { Position = AxisPosition.Bottom, ItemsSource = labels, IsZoomEnabled = false, IsPanEnabled = false });
        model.Series.Add(Line(youthLabel, points.Select(p => p.Youth), YouthColour, LineStyle.Solid, MarkerType.Circle));
        model.Series.Add(Line(mentorLabel, points.Select(p => p.Mentor), MentorColour, LineStyle.LongDash, MarkerType.Square));

        var svg = SvgExporter.ExportToString(model, Width, Height, isDocument: false);
        return Accessible(svg, id, title);
    }

    static LineSeries Line(string label, IEnumerable<decimal?> values, OxyColor colour, LineStyle style, MarkerType marker)
    {
        var series = new LineSeries { Title = label, Color = colour, LineStyle = style, StrokeThickness = 2.5, MarkerType = marker, MarkerSize = 5, MarkerFill = colour };
        // A measurement without an answer on this scale breaks the line rather than pretending a value.
        series.Points.AddRange(values.Select((v, i) => v is { } m ? new DataPoint(i, (double)m) : DataPoint.Undefined));
        return series;
    }

    /// <summary>Makes the exported SVG fit for inline HTML: no XML declaration, clip-path ids unique on a page with
    /// several charts, a viewBox instead of a fixed size so it scales with the page, and for assistive technology
    /// role="img" with a &lt;title&gt; that aria-labelledby points to.</summary>
    static string Accessible(string svg, string id, string title)
    {
        svg = ClipPathId().Replace(svg, m => $"{id}-{m.Value}");
        var open = SvgOpen().Match(svg);
        if (!open.Success) throw new InvalidOperationException("OxyPlot did not write an <svg> element.");
        var titleId = $"{id}-title";
        var tag = $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width.ToString(CultureInfo.InvariantCulture)} {Height.ToString(CultureInfo.InvariantCulture)}\" " +
                  $"role=\"img\" aria-labelledby=\"{titleId}\" id=\"{id}\" class=\"trend-chart\" focusable=\"false\">" +
                  $"<title id=\"{titleId}\">{WebUtility.HtmlEncode(title)}</title>";
        return string.Concat(tag, svg.AsSpan(open.Index + open.Length));
    }

    [GeneratedRegex(@"(?<=id=""|url\(#)clipPath\d+")]
    private static partial Regex ClipPathId();

    [GeneratedRegex("<svg[^>]*>")]
    private static partial Regex SvgOpen();
}
