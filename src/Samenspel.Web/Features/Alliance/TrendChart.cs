using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
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
/// (pure managed code, no JavaScript) and rewritten as XML nodes (see <see cref="Accessible"/>). The youth's line
/// is solid with round marks, the mentor's dashed with square marks, so the lines differ without colour. The SVG carries <c>role="img"</c> and a text title; the page shows
/// the same numbers in a table for screen readers and for people who do not read charts.
/// </summary>
public static class TrendChart
{
    const double Width = 480, Height = 240;
    // Dark enough for 3:1 against white (WCAG 1.4.11): the theme's blue and a dark orange.
    static readonly OxyColor YouthColour = OxyColor.FromRgb(0x1d, 0x4e, 0x89), MentorColour = OxyColor.FromRgb(0xa3, 0x48, 0x00);

    /// <param name="id">unique on the page, from the code (e.g. trend-0), never from data; names the SVG title</param>
    /// <param name="title">the text title, e.g. "Band: gemiddelde per meting"</param>
    public static string Svg(string id, string title, IReadOnlyList<TrendPoint> points, AnswerScale scale, string youthLabel, string mentorLabel, CultureInfo culture) =>
        Build(id, title, points, scale, youthLabel, mentorLabel, culture).ToString(SaveOptions.DisableFormatting);

    /// <summary>The chart for a page: the same SVG as HTML content built with <see cref="TagBuilder"/>, so that the
    /// framework encodes every attribute and text (labels come from imported instruments) and no raw string reaches
    /// the page.</summary>
    public static IHtmlContent Html(string id, string title, IReadOnlyList<TrendPoint> points, AnswerScale scale, string youthLabel, string mentorLabel, CultureInfo culture) =>
        ToHtml(Build(id, title, points, scale, youthLabel, mentorLabel, culture));

    static IHtmlContent ToHtml(XElement element)
    {
        var tag = new TagBuilder(element.Name.LocalName);
        if (element.Parent is null) tag.Attributes["xmlns"] = element.Name.NamespaceName;
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
            tag.Attributes[attribute.Name.LocalName] = attribute.Value;
        foreach (var node in element.Nodes())
            if (node is XElement child) tag.InnerHtml.AppendHtml(ToHtml(child));
            else if (node is XText text) tag.InnerHtml.Append(text.Value);
        return tag;
    }

    static XElement Build(string id, string title, IReadOnlyList<TrendPoint> points, AnswerScale scale, string youthLabel, string mentorLabel, CultureInfo culture)
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

    static readonly XNamespace SvgNamespace = "http://www.w3.org/2000/svg";

    /// <summary>Makes the exported SVG fit for inline HTML under a Content-Security-Policy without 'unsafe-inline':
    /// every style="..." becomes SVG presentation attributes (fill, stroke, font-size...), which the policy allows and
    /// which draw the same. Ids are prefixed with <paramref name="id"/> so several charts on a page share none; a
    /// viewBox replaces the fixed size so the chart scales with the page; and for assistive technology it gets
    /// role="img" with a &lt;title&gt; that aria-labelledby points to. Everything is set as XML nodes and written by the
    /// XML serializer, so every text and attribute value (labels come from imported instruments) is encoded.</summary>
    static XElement Accessible(string svg, string id, string title)
    {
        var root = XDocument.Parse(svg).Root;
        if (root?.Name != SvgNamespace + "svg") throw new InvalidOperationException("OxyPlot did not write an <svg> element.");
        root.DescendantNodes().Where(n => n is XComment or XProcessingInstruction).ToList().ForEach(n => n.Remove());
        foreach (var element in root.Descendants())
        {
            if (element.Attribute("style") is { } style)
            {
                style.Remove();
                foreach (var declaration in style.Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var colon = declaration.IndexOf(':');
                    if (colon > 0) element.SetAttributeValue(declaration[..colon].Trim(), declaration[(colon + 1)..].Trim());
                }
            }
            if (element.Attribute("id") is { } own) own.Value = $"{id}-{own.Value}";
            if (element.Attribute("clip-path") is { } clip) clip.Value = clip.Value.Replace("url(#", $"url(#{id}-", StringComparison.Ordinal);
        }
        var titleId = $"{id}-title";
        root.RemoveAttributes();
        root.Add(
            new XAttribute("viewBox", $"0 0 {Width.ToString(CultureInfo.InvariantCulture)} {Height.ToString(CultureInfo.InvariantCulture)}"),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", titleId), new XAttribute("id", id),
            new XAttribute("class", "trend-chart"), new XAttribute("focusable", "false"));
        root.AddFirst(new XElement(SvgNamespace + "title", new XAttribute("id", titleId), title));
        return root;
    }
}
