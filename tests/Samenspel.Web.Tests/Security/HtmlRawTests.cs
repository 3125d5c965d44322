namespace Samenspel.Web.Tests.Security;

/// <summary>Nothing from data reaches the page unencoded (SECURITY.md requirement 28): every way around Razor's
/// encoding in src/ is listed here with the reason it is safe, and a new one fails this test until it is.</summary>
public sealed class HtmlRawTests
{
    /// <summary>File (relative to src/), the text of the line that bypasses encoding, and why that is safe.</summary>
    static readonly (string File, string Line, string Reason)[] Allowed =
    [
        // None. The trend chart, the last one, is built with TagBuilder (TrendChart.Html), which encodes.
    ];

    static readonly string[] Bypasses = ["Html.Raw(", "new HtmlString(", "HtmlContentBuilder().AppendHtml(", "MarkupString"];

    [Fact]
    public void Every_raw_output_in_the_source_is_listed_with_a_reason()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var found = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Select(line => (File: Path.GetRelativePath(src, f).Replace('\\', '/'), Line: line.Trim())))
            .Where(l => Bypasses.Any(b => l.Line.Contains(b, StringComparison.Ordinal)))
            .ToList();

        var unlisted = found.Where(l => !Allowed.Any(a => a.File == l.File && l.Line.StartsWith(a.Line, StringComparison.Ordinal))).ToList();
        Assert.True(unlisted.Count == 0, "Raw HTML output not listed in HtmlRawTests.Allowed:\n" + string.Join("\n", unlisted.Select(l => $"{l.File}: {l.Line}")));
        // A listed exception that is gone should leave the list too.
        Assert.All(Allowed, a => Assert.Contains(found, l => l.File == a.File && l.Line.StartsWith(a.Line, StringComparison.Ordinal)));
        Assert.All(Allowed, a => Assert.False(string.IsNullOrWhiteSpace(a.Reason)));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Samenspel.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Samenspel.sln above {AppContext.BaseDirectory}.");
    }
}
