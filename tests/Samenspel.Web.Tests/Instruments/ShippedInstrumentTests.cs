using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Web.Data;
using Samenspel.Web.Instruments;
using Samenspel.Web.Tests.Infrastructure;
using Task = System.Threading.Tasks.Task;

namespace Samenspel.Web.Tests.Instruments;

/// <summary>The product's own alliance check and the short say and parenting instruments, loaded at start.</summary>
public abstract class ShippedInstrumentTests(SamenspelFactory factory)
{
    const string Alliance = "https://samenspel.nl/fhir/instrument/werkrelatie";

    Task<List<QuestionnaireForm>> FormsAsync(string key) => factory.WithDbAsync(db =>
        db.QuestionnaireForms.Include(f => f.Items).ThenInclude(i => i.Options)
            .Where(f => db.InstrumentVersions.Any(v => v.Id == f.InstrumentVersionId
                && db.Instruments.Any(i => i.Id == v.InstrumentId && i.Key == key && i.OrganisationId == null)))
            .ToListAsync());

    [Fact]
    public async Task Alliance_check_has_matching_youth_and_mentor_statements_on_bond_goal_and_task()
    {
        var instrument = await factory.WithDbAsync(db => db.Instruments.Include(i => i.Versions).ThenInclude(v => v.Scales).SingleAsync(i => i.Key == Alliance));
        Assert.False(instrument.Validated);
        Assert.Contains("gevalideerde vragenlijst laden", instrument.Licence);
        var version = Assert.Single(instrument.Versions);
        Assert.Equal("1.0", version.Version);
        Assert.Equal(["aanpak", "band", "doel"], version.Scales.Select(s => s.Code).Order().ToArray());

        var forms = await FormsAsync(Alliance);
        Assert.Equal([Respondent.Youth, Respondent.Mentor, Respondent.Parent], forms.Select(f => f.Respondent).Order().ToArray());
        var questions = forms.ToDictionary(f => f.Respondent, f => f.Items.Where(i => i.Type == "choice").ToList());
        var matching = questions[Respondent.Youth].Select(i => i.LinkId).Intersect(questions[Respondent.Mentor].Select(i => i.LinkId)).ToList();
        Assert.True(matching.Count >= 18, $"{matching.Count} matching statements");
        Assert.Equal(questions[Respondent.Youth].Count, matching.Count);
        Assert.InRange(questions[Respondent.Parent].Count, 5, matching.Count - 1);
        foreach (var item in questions.Values.SelectMany(i => i))
        {
            Assert.Contains(item.ScaleCode, new[] { "band", "doel", "aanpak" });
            Assert.Equal([1m, 2m, 3m, 4m, 5m], item.Options.OrderBy(o => o.Order).Select(o => o.Ordinal!.Value).ToArray());
            Assert.Equal("helemaal niet mee eens", item.Options.OrderBy(o => o.Order).First().Display);
            Assert.Equal("helemaal mee eens", item.Options.OrderBy(o => o.Order).Last().Display);
            Assert.True(item.Text!.Length <= 80 && item.Text.Split('.', StringSplitOptions.RemoveEmptyEntries).Length == 1, $"short sentence: {item.Text}");
        }
        foreach (var scale in new[] { "band", "doel", "aanpak" })
            Assert.True(questions[Respondent.Youth].Count(i => i.ScaleCode == scale) >= 5, scale);
    }

    [Theory]
    [InlineData("https://samenspel.nl/fhir/instrument/inspraak", "inspraak", new[] { Respondent.Youth, Respondent.Mentor })]
    [InlineData("https://samenspel.nl/fhir/instrument/opvoedvaardigheid", "opvoeden", new[] { Respondent.Parent })]
    public async Task Say_and_parenting_instruments_have_the_same_form(string key, string scale, Respondent[] respondents)
    {
        var forms = await FormsAsync(key);
        Assert.Equal(respondents.Order().ToArray(), forms.Select(f => f.Respondent).Order().ToArray());
        Assert.All(forms.SelectMany(f => f.Items).Where(i => i.Type == "choice"), i =>
        {
            Assert.Equal(scale, i.ScaleCode);
            Assert.Equal([1m, 2m, 3m, 4m, 5m], i.Options.OrderBy(o => o.Order).Select(o => o.Ordinal!.Value).ToArray());
        });
        Assert.All(forms, f => Assert.InRange(f.Items.Count(i => i.Type == "choice"), 5, 10));
    }

    [Fact]
    public async Task Shipped_instruments_load_once()
    {
        async Task<int> CountAsync() => await factory.WithDbAsync(db => db.QuestionnaireForms.CountAsync());
        var before = await CountAsync();
        await factory.WithDbAsync(async db => { await InstrumentImport.ImportShippedAsync(db); return 0; });
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Administrator_sees_the_not_validated_label_and_the_licence_note()
    {
        var browser = await Browser.LoginAsync(factory, DemoSeed.Email.Administrator);
        var page = WebUtility.HtmlDecode(await browser.GetPageAsync("/Admin/Instruments"));
        Assert.Contains("Werkrelatie", page);
        Assert.Contains("data-testid=\"not-validated\">niet gevalideerd</span>", page);
        Assert.Contains("gevalideerde vragenlijst met licentie toevoegen", page);
        Assert.Contains("Licentie: Eigen vragenlijst van Samenspel", page);
        Assert.Contains("href=\"/Admin/Instruments\"", WebUtility.HtmlDecode(await browser.GetPageAsync("/Admin")));
    }
}

public sealed class ShippedInstrumentTests_Sqlite(SqliteFactory f) : ShippedInstrumentTests(f), IClassFixture<SqliteFactory>;
public sealed class ShippedInstrumentTests_Postgres(PostgresFactory f) : ShippedInstrumentTests(f), IClassFixture<PostgresFactory>;
