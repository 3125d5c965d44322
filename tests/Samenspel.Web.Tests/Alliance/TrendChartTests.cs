using System.Globalization;
using System.Xml.Linq;
using Samenspel.Domain.Alliance;
using Samenspel.Web.Features.Alliance;

namespace Samenspel.Web.Tests.Alliance;

/// <summary>The server-drawn trend chart is well-formed SVG that assistive technology can name.</summary>
public sealed class TrendChartTests
{
    static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    static readonly AnswerScale FivePoint = new([1m, 2m, 3m, 4m, 5m]);

    static XElement Draw(params TrendPoint[] points) =>
        XElement.Parse(TrendChart.Svg("trend-band", "Band: gemiddelde per meting", points, FivePoint, "Jongere", "Mentor", CultureInfo.GetCultureInfo("nl-NL")));

    [Fact]
    public void Chart_is_an_image_with_a_text_title_and_scales_with_the_page()
    {
        var svg = Draw(new(new(2026, 1, 10), 3.5m, 4.25m), new(new(2026, 6, 1), 4m, 4m));

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("0 0 480 240", (string?)svg.Attribute("viewBox"));
        Assert.Null(svg.Attribute("width"));
        var title = Assert.Single(svg.Elements(Svg + "title"));
        Assert.Equal("Band: gemiddelde per meting", title.Value);
        Assert.Equal((string?)title.Attribute("id"), (string?)svg.Attribute("aria-labelledby"));
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Jongere", texts);
        Assert.Contains("Mentor", texts);
        Assert.Contains("10 jan 2026", texts);
        Assert.Contains("1 jun 2026", texts);
    }

    [Fact]
    public void Youth_and_mentor_lines_differ_in_dash_as_well_as_colour()
    {
        var svg = Draw(new(new(2026, 1, 10), 2m, 4m), new(new(2026, 6, 1), 3m, 4m), new(new(2026, 9, 1), 4m, 5m));
        var lines = SeriesLines(svg).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Single(lines, l => l.Attribute("stroke-dasharray") is not null);
        Assert.NotEqual(Stroke(lines[0]), Stroke(lines[1]));
    }

    [Fact]
    public void A_measurement_without_an_answer_breaks_the_line_instead_of_inventing_a_value()
    {
        var whole = Draw(new(new(2026, 1, 10), 2m, 4m), new(new(2026, 3, 1), 3m, 4m), new(new(2026, 6, 1), 4m, 5m));
        var broken = Draw(new(new(2026, 1, 10), 2m, 4m), new(new(2026, 3, 1), null, 4m), new(new(2026, 6, 1), 4m, 5m));
        static int YouthSegments(XElement svg) => SeriesLines(svg).Count(p => p.Attribute("stroke-dasharray") is null);
        Assert.Equal(1, YouthSegments(whole));
        Assert.Equal(0, YouthSegments(broken)); // two lone points, each drawn as a mark only
        Assert.Equal(3, broken.Descendants(Svg + "ellipse").Count()); // the two points and the legend's mark
    }

    [Fact]
    public void Two_charts_on_one_page_share_no_ids()
    {
        var ids = new[] { "trend-band", "trend-doel" }
            .SelectMany(id => XElement.Parse(TrendChart.Svg(id, id, [new(new(2026, 1, 10), 2m, 4m)], FivePoint, "Jongere", "Mentor", CultureInfo.InvariantCulture))
                .DescendantsAndSelf().Select(e => (string?)e.Attribute("id")).OfType<string>())
            .ToList();
        Assert.True(ids.Count > 4);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    /// <summary>The series' lines (with at least two points); the legend's sample lines have no line join.</summary>
    static IEnumerable<XElement> SeriesLines(XElement svg) => svg.Descendants(Svg + "polyline").Where(p =>
        (string?)p.Attribute("stroke-width") == "2.5" && p.Attribute("stroke-linejoin") is not null && ((string)p.Attribute("points")!).Contains(' '));

    static string Stroke(XElement e) => (string)e.Attribute("stroke")!;

    /// <summary>A Content-Security-Policy without 'unsafe-inline' ignores style attributes; the chart draws with SVG
    /// presentation attributes instead, and data in it is encoded by the XML writer.</summary>
    [Fact]
    public void Chart_has_no_style_attributes_and_encodes_its_labels()
    {
        var text = TrendChart.Svg("trend-0", "<b>Band</b>", [new(new(2026, 1, 10), 2m, 4m), new(new(2026, 6, 1), 3m, 5m)], FivePoint,
            "\"><img src=x>", "Mentor", CultureInfo.InvariantCulture);
        Assert.DoesNotContain("<img", text);
        Assert.DoesNotContain("<b>", text);
        var svg = XElement.Parse(text);
        Assert.All(svg.DescendantsAndSelf(), e => Assert.Null(e.Attribute("style")));
        Assert.All(svg.DescendantsAndSelf(), e => Assert.Equal(Svg, e.Name.Namespace));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "\"><img src=x>");
        Assert.Equal("<b>Band</b>", svg.Element(Svg + "title")!.Value);
        var texts = svg.Descendants(Svg + "text").ToList();
        Assert.All(texts, t => Assert.NotNull(t.Attribute("font-size")));
        Assert.All(texts, t => Assert.NotNull(t.Attribute("fill")));
    }
}
