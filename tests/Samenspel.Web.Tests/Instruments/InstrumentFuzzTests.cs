using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Instruments;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Instruments;

/// <summary>A corrupt or hostile Questionnaire never crashes the importer and never half-imports: 200 mutations and
/// truncations of a real file are each imported whole or refused with errors, with nothing stored.</summary>
public abstract class InstrumentFuzzTests(SamenspelFactory factory)
{
    static readonly string Original = File.ReadAllText(InstrumentImportTests.TestFile("gad7.questionnaire.json"));
    const string Url = "http://biodesign.stanford.edu/fhir/questionnaire/GAD-7";
    static readonly (string From, string To)[] Tokens =
    [
        ("\"choice\"", "\"attachment\""), ("\"linkId\"", "\"linkid\""), ("\"valueCoding\"", "\"valueString\""),
        ("\"item\"", "\"items\""), ("true", "\"true\""), ("[", "{"), ("\"#VSGAD7\"", "\"#nope\""), ("\"code\"", "\"code\":1,\"x\""),
        ("\"Questionnaire\"", "\"Questionaire\""), ("0", "1e400"), ("\"", "\\u0000\""), ("}", "}}"),
    ];

    public sealed record Mutation(int Kind, int Position, int Length, char Character, int Token);

    static string Apply(string json, Mutation m)
    {
        var at = m.Position % json.Length;
        var length = Math.Min(m.Length, json.Length - at);
        return m.Kind switch
        {
            0 => json[..at],
            1 => json.Remove(at, length),
            2 => json.Insert(at, m.Character.ToString()),
            3 => json.Remove(at, 1).Insert(at, m.Character.ToString()),
            4 => json.Insert(at, json.Substring(at, length)),
            _ => Replace(json, Tokens[m.Token % Tokens.Length], at),
        };
    }

    /// <summary>Replaces the first occurrence of the token from <paramref name="at"/> on (or from the start).</summary>
    static string Replace(string json, (string From, string To) token, int at)
    {
        var index = json.IndexOf(token.From, at, StringComparison.Ordinal);
        if (index < 0) index = json.IndexOf(token.From, StringComparison.Ordinal);
        return index < 0 ? json : json.Remove(index, token.From.Length).Insert(index, token.To);
    }

    static Gen<Mutation> Mutations() =>
        from kind in Gen.Choose(0, 5)
        from position in Gen.Choose(0, 1_000_000)
        from length in Gen.Choose(1, 400)
        from character in Gen.Elements('{', '}', '[', ']', '"', ',', ':', '0', 'a', '\\', ' ', '-', 'é')
        from token in Gen.Choose(0, Tokens.Length - 1)
        select new Mutation(kind, position, length, character, token);

    async Task<int[]> CountsAsync() => await factory.WithDbAsync(async db => new[]
    {
        await db.Instruments.CountAsync(), await db.InstrumentVersions.CountAsync(), await db.InstrumentScales.CountAsync(),
        await db.QuestionnaireForms.CountAsync(), await db.QuestionnaireItems.CountAsync(), await db.AnswerOptions.CountAsync(),
    });

    int imported, refused;

    bool ImportsWholeOrNothing(Mutation[] mutations)
    {
        var json = Original.Replace(Url, $"https://fuzz.samenspel.nl/{Guid.NewGuid():N}");
        foreach (var m in mutations) json = Apply(json, m);
        var before = CountsAsync().GetAwaiter().GetResult();
        var result = factory.WithDbAsync(db => InstrumentImport.ImportAsync(db, json, null)).GetAwaiter().GetResult();
        var after = CountsAsync().GetAwaiter().GetResult();
        if (result.FormId is not { } id)
            return ++refused > 0 && result.Errors.Count > 0 && result.Errors.All(e => e.Dutch.Length > 0 && e.English.Length > 0) && before.SequenceEqual(after);
        var (read, _) = QuestionnaireReader.Read(json);
        var stored = factory.WithDbAsync(db => db.QuestionnaireItems.CountAsync(i => i.FormId == id)).GetAwaiter().GetResult();
        var storedJson = factory.WithDbAsync(db => db.QuestionnaireForms.Where(f => f.Id == id).Select(f => f.Json).SingleAsync()).GetAwaiter().GetResult();
        return ++imported > 0 && read is not null && stored == read.Items.Count && after[3] == before[3] + 1 && after[4] == before[4] + stored && storedJson == json;
    }

    [Fact]
    public async Task Questionnaire_with_thousands_of_problems_is_refused_quickly_with_the_first_hundred()
    {
        var items = string.Join(",", Enumerable.Range(0, 40_000).Select(i => $$"""{"linkId":"q{{i % 20_000}}","text":"?"}"""));
        var json = $$"""{"resourceType":"Questionnaire","status":"active","url":"https://fuzz.samenspel.nl/many","item":[{{items}}]}""";
        var before = await CountsAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await factory.WithDbAsync(db => InstrumentImport.ImportAsync(db, json, null));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Null(result.FormId);
        Assert.Equal(QuestionnaireReader.MaxErrors + 1, result.Errors.Count);
        Assert.Equal("… en nog 39900 andere fouten.", result.Errors[^1].Dutch); // the parser reports each missing type
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public void Malformed_questionnaire_is_refused_or_imported_whole_and_never_crashes()
    {
        var property = Prop.ForAll(Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Mutations(), n)).ToArbitrary(), ImportsWholeOrNothing);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), property);
        // Not vacuous: some mutations (in text, whitespace, codes) still make a usable Questionnaire.
        Assert.True(imported > 0 && refused > 100, $"{imported} imported, {refused} refused");
    }
}

public sealed class InstrumentFuzzTests_Sqlite(SqliteFactory f) : InstrumentFuzzTests(f), IClassFixture<SqliteFactory>;
public sealed class InstrumentFuzzTests_Postgres(PostgresFactory f) : InstrumentFuzzTests(f), IClassFixture<PostgresFactory>;
