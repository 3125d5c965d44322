using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Alliance;

/// <summary>An administrator imports an instrument whose scale code and name are markup (stored XSS, issue 11). The
/// mentor's results page, with its trend charts, shows them as text.</summary>
public abstract partial class HostileInstrumentTests(SamenspelFactory factory)
{
    const string HostileCode = "\"><img src=x onerror=alert(1)>";
    const string HostileName = "<script>alert('band')</script> Band";

    /// <summary>The shipped werkrelatie form of <paramref name="respondent"/> (jongere, mentor) under a new key, with the
    /// "band" scale's code and name replaced by markup.</summary>
    static string Hostile(string respondent, string key)
    {
        var assembly = typeof(Samenspel.Web.Instruments.InstrumentImport).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith($".werkrelatie-{respondent}.questionnaire.json", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        var json = JsonNode.Parse(reader.ReadToEnd())!.AsObject();
        json["url"] = $"{key}/{respondent}";
        json["extension"]![0]!["extension"]!.AsArray().Single(e => (string?)e!["url"] == "key")!["valueUri"] = key;
        foreach (var code in json["item"]!.AsArray().SelectMany(i => i!["code"]?.AsArray() ?? []).Where(c => (string?)c!["code"] == "band"))
        {
            code!["code"] = HostileCode;
            code["display"] = HostileName;
        }
        return json.ToJsonString();
    }

    [Fact]
    public async Task A_scale_code_and_name_full_of_markup_render_as_text_on_the_results_page()
    {
        var key = $"https://test.samenspel.nl/instrument/{Guid.NewGuid():N}";
        var admin = await Browser.LoginAsync(factory, DemoSeed.Email.Administrator);
        foreach (var respondent in new[] { "jongere", "mentor" })
        {
            var imported = await admin.PostFormAsync("/Admin/Instruments/Add", new() { ["Input.Json"] = Hostile(respondent, key) });
            Assert.True(imported.StatusCode == HttpStatusCode.Redirect, await imported.Content.ReadAsStringAsync());
        }
        var version = await factory.WithDbAsync(db => db.InstrumentVersions.Where(v => db.Instruments.Any(i => i.Id == v.InstrumentId && i.Key == key))
            .Select(v => v.Id).SingleAsync());
        Assert.True(await factory.WithDbAsync(db => db.InstrumentScales.AnyAsync(s => s.InstrumentVersionId == version && s.Code == HostileCode)));
        var noor = await factory.YouthAsync("Noor");
        var measurement = await new MeasurementBuilder(factory, noor).PlannedOn(new(2026, 11, 1)).OfVersion(version).BuildAsync();
        await factory.CompletedResponseAsync(measurement, Respondent.Youth, _ => 3);
        await factory.CompletedResponseAsync(measurement, Respondent.Mentor, _ => 4);

        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var html = await mentor.GetPageAsync($"/Alliance/Results?id={measurement}");

        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("onerror=alert(1)>", html);
        Assert.DoesNotMatch(@"<script(?![^>]*\ssrc=)", html);
        Assert.Contains("&lt;script&gt;alert(", html); // the name, encoded, in the tables
        // Each chart is well-formed XML with no element but SVG's own, and the hostile name as its title's text.
        var charts = Chart().Matches(html).Select(m => XElement.Parse(m.Value)).ToList();
        Assert.Equal(3, charts.Count);
        Assert.All(charts.SelectMany(c => c.DescendantsAndSelf()), e => Assert.Equal("http://www.w3.org/2000/svg", e.Name.NamespaceName));
        Assert.Equal(["trend-0", "trend-1", "trend-2"], charts.Select(c => (string?)c.Attribute("id")));
        Assert.Contains(charts, c => c.Elements().First().Value == $"{HostileName}: gemiddelde per meting");
        Assert.All(charts, c => Assert.Null(c.Descendants().FirstOrDefault(e => e.Attribute("style") is not null)));
    }

    [GeneratedRegex("<svg .*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Chart();
}

public sealed class HostileInstrumentTests_Sqlite(SqliteFactory f) : HostileInstrumentTests(f), IClassFixture<SqliteFactory>;
public sealed class HostileInstrumentTests_Postgres(PostgresFactory f) : HostileInstrumentTests(f), IClassFixture<PostgresFactory>;
