using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Localization;

/// <summary>
/// The Dutch texts are the localization keys; Resources/SharedResource.en.resx holds their English versions.
/// These tests keep the two in step and check that English actually reaches the pages.
/// </summary>
public sealed class EnglishLocaleTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public void Every_Dutch_text_has_an_English_translation()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Samenspel.Web");
        var keys = DutchKeys.Scan(web);
        Assert.True(keys.Count > 100, $"The scan found only {keys.Count} Dutch texts; it no longer recognises how the code looks them up.");

        var resx = XDocument.Load(Path.Combine(web, "Resources", "SharedResource.en.resx"));
        var english = resx.Root!.Elements("data")
            .GroupBy(d => (string)d.Attribute("name")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (string?)g.Last().Element("value") ?? "", StringComparer.Ordinal);

        var missing = keys.Where(k => !english.TryGetValue(k.Key, out var value) || string.IsNullOrWhiteSpace(value))
            .OrderBy(k => k.Value, StringComparer.Ordinal).ThenBy(k => k.Key, StringComparer.Ordinal)
            .Select(k => $"  {k.Value}: \"{k.Key}\"").ToList();
        Assert.True(missing.Count == 0,
            $"{missing.Count} Dutch text(s) have no English translation in src/Samenspel.Web/Resources/SharedResource.en.resx:\n{string.Join("\n", missing)}");
    }

    [Fact]
    public void No_two_texts_differ_only_in_capitals()
    {
        // The resource compiler treats names case-insensitively: "Dagboek" and "dagboek" cannot both be keys.
        var resx = XDocument.Load(Path.Combine(RepositoryRoot(), "src", "Samenspel.Web", "Resources", "SharedResource.en.resx"));
        var clashes = resx.Root!.Elements("data").Select(d => (string)d.Attribute("name")!)
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => string.Join(" / ", g)).ToList();
        Assert.True(clashes.Count == 0, $"Texts that differ only in capitals: {string.Join("; ", clashes)}");
    }

    [Fact]
    public async Task Login_page_switches_to_English_and_back()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = SamenspelFactory.BaseAddress });

        var english = await SwitchAsync(client, "en", "/Accounts/Login");
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Sign in to Samenspel</h1>", english);
        Assert.Contains("<html lang=\"en\"", english);
        Assert.DoesNotContain("Inloggen bij Samenspel", english);

        var dutch = await SwitchAsync(client, "nl", "/Accounts/Login");
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Inloggen bij Samenspel</h1>", dutch);
        Assert.Contains("<html lang=\"nl\"", dutch);
        Assert.DoesNotContain("Sign in to Samenspel", dutch);
    }

    [Fact]
    public async Task Validation_messages_are_translated()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = SamenspelFactory.BaseAddress });
        await SwitchAsync(client, "en", "/Accounts/Login");

        var response = await new Browser(client).PostFormAsync("/Accounts/Login", new() { ["Input.Email"] = "", ["Input.Password"] = "" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Please enter your email address.", page);
        Assert.Contains("Please enter your password.", page);
        Assert.DoesNotContain("Vul uw e-mailadres in.", page);
    }

    /// <summary>Chooses a language through the culture page and follows its redirect back.</summary>
    static async Task<string> SwitchAsync(HttpClient client, string culture, string returnUrl)
    {
        var switched = await client.GetAsync($"/Accounts/Culture?c={culture}&returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal(returnUrl, switched.Headers.Location!.OriginalString);
        var page = await client.GetAsync(returnUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await page.Content.ReadAsStringAsync();
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Samenspel.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Samenspel.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>
/// Finds the Dutch texts the app looks up in the shared resource: every string literal in <c>T["…"]</c> and
/// <c>t["…"]</c> (.cshtml and .cs under Features/ and the project's root .cs files), both forms of
/// <c>T.Plural(n, "…", "…")</c>, every <c>ErrorMessage = "…"</c>,
/// the literal arms of <c>t[x switch { … => "…" }]</c> (as in Features/Shared/Labels.cs), and the string constants,
/// switch expressions and calls that a <c>T[Name]</c>, <c>T[X.Name(…)]</c> or <c>ErrorMessage = Name</c> leads to.
/// Texts only reachable through a local variable (<c>t[message]</c>) are not found.
/// </summary>
static partial class DutchKeys
{
    const string Literal = "\"((?:[^\"\\\\\\r\\n]|\\\\.)*)\"";

    /// <summary>Each key with the first file (relative to the project) it was found in.</summary>
    public static Dictionary<string, string> Scan(string projectDirectory)
    {
        var features = Path.Combine(projectDirectory, "Features");
        var files = Directory.EnumerateFiles(features, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(features, f).Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            .Concat(Directory.EnumerateFiles(projectDirectory, "*.cs", SearchOption.TopDirectoryOnly))
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => f, File.ReadAllText);
        var code = files.Where(f => f.Key.EndsWith(".cs", StringComparison.Ordinal)).Select(f => f.Value).ToList();

        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, text) in files)
        {
            var where = Path.GetRelativePath(projectDirectory, file).Replace('\\', '/');
            void Add(string key) => keys.TryAdd(key, where);
            foreach (Match m in LookupOfLiteral().Matches(text)) Add(Unescape(m.Groups[1].Value));
            foreach (Match m in ErrorMessageLiteral().Matches(text)) Add(Unescape(m.Groups[1].Value));
            foreach (Match m in PluralOfLiterals().Matches(text)) { Add(Unescape(m.Groups[1].Value)); Add(Unescape(m.Groups[2].Value)); }
            foreach (Match m in LookupOfSwitch().Matches(text))
                foreach (var key in Arms(Block(text, m.Index + m.Length - 1))) Add(key);
            foreach (Match m in LookupOfMember().Matches(text))
                foreach (var key in Member(code, m.Groups[1].Value, [])) Add(key);
        }
        return keys;
    }

    /// <summary>The strings a member can give: a string constant, a switch expression, or a call that does.</summary>
    static IEnumerable<string> Member(List<string> code, string name, HashSet<string> seen)
    {
        if (!seen.Add(name)) yield break;
        foreach (var text in code)
        {
            foreach (Match m in new Regex($@"\bconst\s+string\s+{name}\s*=\s*{Literal}\s*;").Matches(text))
                yield return Unescape(m.Groups[1].Value);
            foreach (Match m in new Regex($@"\bstring\??\s+{name}\b(?:\s*\([^)]*\))?\s*=>\s*").Matches(text))
            {
                var rest = text[(m.Index + m.Length)..];
                var sw = SwitchStart().Match(rest);
                if (sw.Success)
                {
                    foreach (var key in Arms(Block(text, m.Index + m.Length + sw.Length - 1))) yield return key;
                    continue;
                }
                var call = CallStart().Match(rest);
                if (call.Success)
                    foreach (var key in Member(code, call.Groups[1].Value, seen)) yield return key;
            }
        }
    }

    /// <summary>From the '{' at <paramref name="start"/> to its matching '}', skipping string literals.</summary>
    static string Block(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                var lit = LiteralAt().Match(text, i);
                if (lit.Success) { i += lit.Length - 1; continue; }
            }
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth == 0) return text[start..(i + 1)];
        }
        return text[start..];
    }

    static IEnumerable<string> Arms(string body) => ArmLiteral().Matches(body).Select(m => Unescape(m.Groups[1].Value));

    static string Unescape(string s)
    {
        var result = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 == s.Length) { result.Append(s[i]); continue; }
            var c = s[++i];
            if (c == 'u' && i + 4 < s.Length) { result.Append((char)Convert.ToInt32(s.Substring(i + 1, 4), 16)); i += 4; }
            else result.Append(c switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', _ => c });
        }
        return result.ToString();
    }

    [GeneratedRegex(@"(?<![\w.])[Tt]\[\s*" + Literal)]
    private static partial Regex LookupOfLiteral();

    [GeneratedRegex(@"(?<![\w.])[Tt]\.Plural\([^""]*?,\s*" + Literal + @"\s*,\s*" + Literal)]
    private static partial Regex PluralOfLiterals();

    [GeneratedRegex(@"\bErrorMessage\s*=\s*" + Literal)]
    private static partial Regex ErrorMessageLiteral();

    [GeneratedRegex(@"(?<![\w.])[Tt]\[\s*[\w.?!]+\s+switch\s*\{")]
    private static partial Regex LookupOfSwitch();

    [GeneratedRegex(@"(?:\bErrorMessage\s*=\s*|(?<![\w.])[Tt]\[\s*)(?:\w+\.)*(\w+)\s*(?:\(|\]|[,)])")]
    private static partial Regex LookupOfMember();

    [GeneratedRegex(@"^[\w.?!]+\s+switch\s*\{")]
    private static partial Regex SwitchStart();

    [GeneratedRegex(@"^(?:\w+\.)*(\w+)\s*\(")]
    private static partial Regex CallStart();

    [GeneratedRegex(@"\G" + Literal)]
    private static partial Regex LiteralAt();

    [GeneratedRegex(@"=>\s*" + Literal + @"\s*[,}]")]
    private static partial Regex ArmLiteral();
}
