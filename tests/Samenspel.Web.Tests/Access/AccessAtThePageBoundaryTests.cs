using System.Diagnostics.Metrics;
using System.Net;
using System.Text.RegularExpressions;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Access;

/// <summary>Alone, so that no other test's requests count: the decisions counter is process-wide.</summary>
[CollectionDefinition(nameof(AccessDecisionCount), DisableParallelization = true)]
public sealed class AccessDecisionCount;

/// <summary>Access is decided at the page boundary, once per request: the filters ask the gate, the pages do not.</summary>
[Collection(nameof(AccessDecisionCount))]
public sealed class AccessAtThePageBoundaryTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    static string Source([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src"));

    static IEnumerable<(string File, string Text)> SourceFiles() =>
        Directory.EnumerateFiles(Source(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains(".Migrations."))
            .Select(f => (Path.GetRelativePath(Source(), f).Replace('\\', '/'), File.ReadAllText(f)));

    [Fact]
    public void Only_the_filters_ask_the_gate_for_one_youth()
    {
        var files = SourceFiles().ToList();
        Assert.True(files.Count > 100, $"only {files.Count} source files found under {Source()}");
        var askers = files.Where(f => Regex.IsMatch(f.Text, @"\.ProbeManyAsync\(|access\.(CheckAsync|CheckManyAsync|MayAsync|AuditAsync)\("))
            .Select(f => f.File).Order().ToList();
        Assert.Equal(["Samenspel.Web/Access/YouthData.cs"], askers);
        // The FHIR endpoint filter goes through the same decision.
        Assert.Contains("YouthDataFilter.DecideAsync", files.Single(f => f.File == "Samenspel.Web/Fhir/FhirAccess.cs").Text);
    }

    [Fact]
    public void No_page_refuses_an_account_kind_by_hand()
    {
        var byHand = SourceFiles().Where(f => f.File.StartsWith("Samenspel.Web/Features/"))
            .SelectMany(f => f.Text.Split('\n').Select((line, i) => (f.File, Line: i + 1, Text: line)))
            .Where(l => l.Text.Contains("Forbid()") && Regex.IsMatch(l.Text, @"\bKind\b|StaffRole\b|AccountKind\."))
            .Select(l => $"{l.File}:{l.Line}").ToList();
        Assert.Empty(byHand);
    }

    [Fact]
    public async Task Youths_details_runs_one_access_decision()
    {
        var youthId = await new YouthBuilder(factory).Named("Eenmaal").BuildAsync();
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        long decisions = 0;
        using var listener = new MeterListener();
        var published = false;
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument is not { Meter.Name: "Samenspel.Access", Name: "samenspel.access.decisions" }) return;
            published = true;
            l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref decisions, value));
        listener.Start();

        var response = await mentor.GetAsync($"/Youths/Details?id={youthId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Eenmaal", await response.Content.ReadAsStringAsync());
        Assert.True(published, "the decisions counter was not published");
        Assert.Equal(1, Interlocked.Read(ref decisions));
    }
}
