using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Web.Data;
using Samenspel.Web.Instruments;
using Samenspel.Web.Tests.Infrastructure;
using static Samenspel.Web.Tests.Infrastructure.FhirClient;
using Task = System.Threading.Tasks.Task;

namespace Samenspel.Web.Tests.Instruments;

/// <summary>Instruments are data: FHIR Questionnaires written elsewhere import whole and export unchanged through the
/// page, the API and the command line, or are refused whole with the item and the reason.</summary>
public abstract class InstrumentImportTests(SamenspelFactory factory)
{
    public static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "fhir", name);

    /// <summary>A copy of a test file with its own url and version, so that tests do not meet each other's imports.</summary>
    public static string Variant(string file, string version, Action<JsonObject>? change = null)
    {
        var json = JsonNode.Parse(File.ReadAllText(TestFile(file)))!.AsObject();
        json["url"] = $"https://test.samenspel.nl/{Guid.NewGuid():N}";
        json["version"] = version;
        change?.Invoke(json);
        return json.ToJsonString();
    }

    static Task<HttpResponseMessage> PostAsync(HttpClient client, string json) =>
        client.PostAsync("/fhir/Questionnaire", new StringContent(json, Encoding.UTF8, "application/fhir+json"));

    Task<int[]> CountsAsync() => factory.WithDbAsync(async db => new[]
    {
        await db.Instruments.CountAsync(), await db.InstrumentVersions.CountAsync(), await db.InstrumentScales.CountAsync(),
        await db.QuestionnaireForms.CountAsync(), await db.QuestionnaireItems.CountAsync(), await db.AnswerOptions.CountAsync(),
    });

    /// <summary>What the import made of a form, without ids, urls or versions: the same for every way in.</summary>
    Task<string> ShapeAsync(Guid formId) => factory.WithDbAsync(async db =>
    {
        var form = await db.QuestionnaireForms.Include(f => f.Items).ThenInclude(i => i.Options).SingleAsync(f => f.Id == formId);
        return string.Join("\n", form.Items.OrderBy(i => i.Order).Select(i =>
            $"{i.LinkId}|{i.ParentLinkId}|{i.Type}|{i.Text}|{i.Required}|{i.ScaleCode}|" +
            string.Join(",", i.Options.OrderBy(o => o.Order).Select(o => $"{o.System}#{o.Code}={o.Ordinal}"))));
    });

    [Theory]
    [InlineData("phq9.sdc.questionnaire.json", 9)]
    [InlineData("gad7.questionnaire.json", 7)]
    [InlineData("apgar-itemweight.questionnaire.json", 5)]
    [InlineData("framingham-hchd.questionnaire.json", 0)]
    public async Task Questionnaire_written_elsewhere_imports_and_exports_unchanged(string file, int scoredItems)
    {
        var original = await File.ReadAllTextAsync(TestFile(file));
        var admin = await TokenClientAsync(factory, DemoSeed.Email.Administrator);

        var created = await PostAsync(admin, original);
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, body);
        var location = created.Headers.Location!.ToString();
        Assert.Matches("/fhir/Questionnaire/[0-9a-f-]{36}$", location);

        var exported = await admin.GetAsync(location);
        Assert.Equal("application/fhir+json", exported.Content.Headers.ContentType?.MediaType);
        var text = await exported.Content.ReadAsStringAsync();
        Assert.Equal(original, text);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(text)));
        Assert.True(Parser.DeserializeResource(original).IsExactly(Parser.DeserializeResource(text)));

        var id = Guid.Parse(location[^36..]);
        var ordinals = await factory.WithDbAsync(db => db.QuestionnaireItems.Where(i => i.FormId == id && i.Options.Count > 0)
            .Select(i => i.Options.All(o => o.Ordinal != null)).ToListAsync());
        Assert.Equal(scoredItems, ordinals.Count(scored => scored));
    }

    [Fact]
    public async Task Import_is_audited_under_the_administrator()
    {
        var created = await PostAsync(await TokenClientAsync(factory, DemoSeed.Email.Administrator), Variant("gad7.questionnaire.json", "audited"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = created.Headers.Location!.ToString()[^36..];
        var (userId, organisationId) = await factory.WithDbAsync(async db =>
            await db.Users.Where(u => u.Email == DemoSeed.Email.Administrator).Select(u => new ValueTuple<Guid, Guid>(u.Id, u.OrganisationId)).SingleAsync());
        var audit = await factory.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.ObjectId == id));
        Assert.Equal(("instrument", Samenspel.Web.Audit.AuditAction.Create, userId, organisationId, "QuestionnaireForm"),
            (audit.EventType, audit.Action, audit.UserId!.Value, audit.OrganisationId, audit.ObjectType!));
    }

    [Fact]
    public async Task Contained_value_set_gives_the_answers_and_their_ordinal_values()
    {
        var admin = await TokenClientAsync(factory, DemoSeed.Email.Administrator);
        var created = await PostAsync(admin, Variant("gad7.questionnaire.json", "ordinals"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = Guid.Parse(created.Headers.Location!.ToString()[^36..]);
        var items = await factory.WithDbAsync(db => db.QuestionnaireItems.Include(i => i.Options).Where(i => i.FormId == id && i.Type == "choice").ToListAsync());
        Assert.Equal(7, items.Count);
        Assert.All(items, i => Assert.Equal([0m, 1m, 2m, 3m], i.Options.OrderBy(o => o.Order).Select(o => o.Ordinal!.Value).ToArray()));
    }

    /// <summary>The stored answers and ordinal values are enough to score a response: the SDC sample's answers add up
    /// to 10, not the 13 it stores, and the Spezi sample (flat, every answer "Nearly every day") to 27.</summary>
    [Theory]
    [InlineData("phq9.sdc.questionnaireresponse.json", 10)]
    [InlineData("phq9.spezi-flat.questionnaireresponse.json", 27)]
    public async Task Stored_ordinal_values_reproduce_the_PHQ9_total_of_a_sample_response(string response, decimal total)
    {
        var result = await factory.WithDbAsync(db => InstrumentImport.ImportAsync(db, Variant("phq9.sdc.questionnaire.json", response), null));
        var items = await factory.WithDbAsync(db => db.QuestionnaireItems.Include(i => i.Options).Where(i => i.FormId == result.FormId).ToListAsync());

        // Every coded answer, at any depth: nested under groups (R4) or flat at the root (the Spezi quirk).
        static IEnumerable<(string LinkId, JsonNode Coding)> Answers(JsonNode? node) =>
            (node?["item"]?.AsArray() ?? []).SelectMany(item => (item!["answer"]?.AsArray() ?? [])
                .Where(a => a!["valueCoding"] is not null).Select(a => ((string)item["linkId"]!, a!["valueCoding"]!))
                .Concat(Answers(item)));
        var sum = Answers(JsonNode.Parse(File.ReadAllText(TestFile(response)))).Sum(answer =>
        {
            var item = items.Single(i => i.LinkId == answer.LinkId);
            var (code, system) = ((string)answer.Coding["code"]!, (string?)answer.Coding["system"]);
            return item.Options.Single(o => o.Code == code && (system is null || o.System == system)).Ordinal!.Value;
        });
        Assert.Equal(total, sum);
    }

    public static TheoryData<string, string, string?, string, string> Rejections()
    {
        static string Gad7(Action<JsonObject> change) => Variant("gad7.questionnaire.json", "x", change);
        static JsonObject FirstQuestion(JsonObject q) => q["item"]![0]!["item"]![0]!.AsObject();
        const string gadQ1 = "2bab9480-5251-4997-8a2e-937a1701cfe9";
        return new()
        {
            { "malformed JSON", "{\"resourceType\": \"Questionnaire\",\n  \"item\": [", null, "not valid JSON: line 2", "geen geldige JSON: regel 2" },
            { "not a Questionnaire", "{\"resourceType\": \"Patient\"}", null, "not a FHIR Questionnaire (resourceType is 'Patient')", "geen FHIR-vragenlijst" },
            { "attachment item", Gad7(q => FirstQuestion(q)["type"] = "attachment"), gadQ1, $"Item '{gadQ1}': item type 'attachment' is not supported", $"Vraag '{gadQ1}': het soort vraag 'attachment'" },
            { "choice without answers", Gad7(q => FirstQuestion(q).Remove("answerValueSet")), gadQ1, $"Item '{gadQ1}': a choice item needs answerOption", $"Vraag '{gadQ1}': een keuzevraag heeft geen antwoorden" },
            { "duplicate linkId", Gad7(q => q["item"]![0]!["item"]![1]!["linkId"] = gadQ1), gadQ1, $"Item '{gadQ1}': the linkId is used more than once", "komt meer dan één keer voor" },
            { "enableWhen to nowhere", Gad7(q => FirstQuestion(q)["enableWhen"] = JsonNode.Parse("""[{"question":"nergens","operator":"exists","answerBoolean":true}]""")), gadQ1, "enableWhen refers to question 'nergens'", "verwijst naar vraag 'nergens'" },
            { "answer list elsewhere", Gad7(q => FirstQuestion(q)["answerValueSet"] = "http://example.org/ValueSet/x"), gadQ1, "'http://example.org/ValueSet/x' is not contained", "op een andere plek" },
            { "invalid FHIR type", Gad7(q => FirstQuestion(q)["required"] = "ja"), gadQ1, $"Item '{gadQ1}': Questionnaire.item[0].item[0].required", $"Vraag '{gadQ1}': ongeldige FHIR" },
            { "lone surrogate", "{\"description\":\"\\ud800 x\"," + Gad7(_ => { })[1..], null, "could not be read", "kon niet gelezen worden" },
            { "unknown respondent", Gad7(q => q["extension"] = JsonNode.Parse("""[{"url":"https://samenspel.nl/fhir/StructureDefinition/instrument","extension":[{"url":"respondent","valueCode":"grandma"}]}]""")), null, "Unknown respondent 'grandma'", "Onbekende invuller 'grandma'" },
        };
    }

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task Rejected_questionnaire_names_the_item_and_the_reason_and_stores_nothing(string why, string json, string? linkId, string english, string dutch)
    {
        var admin = await TokenClientAsync(factory, DemoSeed.Email.Administrator);
        var before = await CountsAsync();

        var response = await PostAsync(admin, json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{why}: {body}");
        var outcome = Assert.IsType<OperationOutcome>(Parser.DeserializeResource(body));
        var issue = Assert.Single(outcome.Issue, i => i.Diagnostics!.Contains(english));
        Assert.Contains(dutch, issue.Details!.Text);
        if (linkId is null) Assert.Empty(issue.Expression);
        else Assert.Equal($"Questionnaire.repeat(item).where(linkId = '{linkId}')", Assert.Single(issue.Expression));
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("all-data-types.questionnaire.json", "id-attachment", "item type 'attachment' is not supported")]
    [InlineData("cardiology-form.questionnaire.json", null, "item type 'attachment' is not supported")]
    [InlineData("enablewhen-test.questionnaire.json", "1acf93a7-0890-44cd-be48-542defb35248", "is not contained in the Questionnaire")]
    [InlineData("phq9.loinc-lforms.questionnaire.json", "/44261-6", "Questionnaire.item[9].extension[3].value.name (line 1055, position 31): string 'q1_value' is not a correct literal for a id")]
    public async Task Questionnaire_the_product_cannot_use_is_refused_whole(string file, string? linkId, string reason)
    {
        var before = await CountsAsync();
        var result = await factory.WithDbAsync(db => InstrumentImport.ImportAsync(db, File.ReadAllText(TestFile(file)), null));
        Assert.Null(result.FormId);
        Assert.True(result.Errors.Any(e => e.English.Contains(reason) && (linkId is null || e.LinkId == linkId)),
            string.Join("\n", result.Errors.Select(e => $"{e.LinkId}: {e.English}")));
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Dutch)));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Page_api_and_command_line_import_the_same_instrument()
    {
        var file = "phq9.sdc.questionnaire.json";
        var browser = await Browser.LoginAsync(factory, DemoSeed.Email.Administrator);
        var viaPage = await browser.PostFormAsync("/Admin/Instruments/Add", new() { ["Input.Json"] = Variant(file, "page") });
        Assert.Equal(HttpStatusCode.Redirect, viaPage.StatusCode);
        var pageId = Guid.Parse(viaPage.Headers.Location!.ToString()[^36..]);

        var viaApi = await PostAsync(await TokenClientAsync(factory, DemoSeed.Email.Administrator), Variant(file, "api"));
        Assert.Equal(HttpStatusCode.Created, viaApi.StatusCode);
        var apiId = Guid.Parse(viaApi.Headers.Location!.ToString()[^36..]);

        var path = Path.Combine(factory.DataDirectory, "cli.questionnaire.json");
        await File.WriteAllTextAsync(path, Variant(file, "cli"));
        var connection = await factory.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        var provider = await factory.WithDbAsync(db => Task.FromResult(db.Database.IsNpgsql() ? "postgres" : "sqlite"));
        var (exit, output) = await CommandLine.RunAsync("instrument", "import", path, "--data", factory.DataDirectory,
            "--Samenspel:Database:Provider", provider, "--ConnectionStrings:Samenspel", connection);
        Assert.True(exit == 0, output);
        var cliId = Guid.Parse(output.Trim()[^36..]);

        var shape = await ShapeAsync(pageId);
        Assert.Equal(shape, await ShapeAsync(apiId));
        Assert.Equal(shape, await ShapeAsync(cliId));
        Assert.Contains("H1/T1/Q1|H1/T1|choice|", shape);
    }

    [Fact]
    public async Task Page_lists_every_error_and_keeps_what_was_pasted()
    {
        var browser = await Browser.LoginAsync(factory, DemoSeed.Email.Administrator);
        var pasted = Variant("gad7.questionnaire.json", "page-error", q =>
        {
            q["item"]![0]!["item"]![0]!["type"] = "attachment";
            q["item"]![0]!["item"]![1]!.AsObject().Remove("answerValueSet");
        });
        var before = await CountsAsync();
        var response = await browser.PostFormAsync("/Admin/Instruments/Add", new() { ["Input.Json"] = pasted });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Er is niets opgeslagen", page);
        Assert.Contains("Vraag '2bab9480-5251-4997-8a2e-937a1701cfe9': het soort vraag 'attachment' kan Samenspel niet gebruiken", page);
        Assert.Contains("Vraag 'd8c78a49-c02c-4986-800c-b076a5bb3553': een keuzevraag heeft geen antwoorden", page);
        Assert.Contains(pasted, page);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Page_accepts_an_uploaded_file()
    {
        var browser = await Browser.LoginAsync(factory, DemoSeed.Email.Administrator);
        var form = await browser.GetPageAsync("/Admin/Instruments/Add");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent(""), "Input.Json" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Variant("apgar-itemweight.questionnaire.json", "upload")));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(file, "Input.File", "apgar.json");
        var response = await browser.Client.PostAsync("/Admin/Instruments/Add", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await browser.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Contains("De vragenlijst is toegevoegd.", list);
        Assert.Contains("1-Minute Apgar Score", list);
    }

    [Fact]
    public async Task Only_an_administrator_may_import()
    {
        var mentor = await TokenClientAsync(factory, DemoSeed.Email.Mentor);
        var before = await CountsAsync();
        var refused = await PostAsync(mentor, Variant("gad7.questionnaire.json", "mentor"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.IsType<OperationOutcome>(Parser.DeserializeResource(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(before, await CountsAsync());

        var browser = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/Admin/Instruments/Add")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/Admin/Instruments")).StatusCode);
        var posted = await browser.Client.PostAsync("/Admin/Instruments/Add", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Json"] = "{}" }));
        Assert.True(posted.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, posted.StatusCode.ToString());
        Assert.Equal(before, await CountsAsync());

        var admin = await Browser.LoginAsync(factory, DemoSeed.Email.Administrator);
        Assert.Contains("Vragenlijst toevoegen", await admin.GetPageAsync("/Admin/Instruments/Add"));
    }

    [Fact]
    public async Task Questionnaire_search_by_url_and_title_and_read_by_id()
    {
        var mentor = await TokenClientAsync(factory, DemoSeed.Email.Mentor);
        var (bundle, _) = await GetBundleAsync(mentor, "/fhir/Questionnaire?url=https://samenspel.nl/fhir/Questionnaire/werkrelatie-jongere");
        var entry = Assert.Single(bundle.Entry);
        var questionnaire = Assert.IsType<Questionnaire>(entry.Resource);
        Assert.EndsWith($"/fhir/Questionnaire/{questionnaire.Id}", entry.FullUrl);
        var read = await mentor.GetAsync($"/fhir/Questionnaire/{questionnaire.Id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("werkrelatie-jongere", Parser.DeserializeResource(await read.Content.ReadAsStringAsync()).Id);

        var (byTitle, _) = await GetBundleAsync(mentor, "/fhir/Questionnaire?title=WERKRELATIE");
        Assert.Equal(["Werkrelatie – jongere", "Werkrelatie – mentor", "Werkrelatie – ouder"],
            byTitle.Entry.Select(e => ((Questionnaire)e.Resource!).Title!).Order().ToArray());

        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/fhir/Questionnaire/{Guid.NewGuid()}")).StatusCode);
        var put = await mentor.PutAsync("/fhir/Questionnaire", new StringContent("{}", Encoding.UTF8, "application/fhir+json"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.Equal("GET, POST", put.Content.Headers.Allow.Count > 0 ? string.Join(", ", put.Content.Headers.Allow) : string.Join(", ", put.Headers.GetValues("Allow")));
    }

    static async Task<(Bundle, string)> GetBundleAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return (Assert.IsType<Bundle>(Parser.DeserializeResource(body)), body);
    }
}

public sealed class InstrumentImportTests_Sqlite(SqliteFactory f) : InstrumentImportTests(f), IClassFixture<SqliteFactory>;
public sealed class InstrumentImportTests_Postgres(PostgresFactory f) : InstrumentImportTests(f), IClassFixture<PostgresFactory>;
