using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Samenspel.Domain.Access;
using Samenspel.Web.Data;
using Samenspel.Web.Features.Contacts;
using Samenspel.Web.Features.Shared;
using Samenspel.Web.Tests.Alliance;
using Samenspel.Web.Tests.EvaluationsAndAgreements;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Localization;

/// <summary>Who is spoken to, and in which language: a youth's questionnaire speaks to the youth ("je", "mijn
/// mentor"), the mentor's and parent's pages say "u", and no English word is used as a Dutch label.</summary>
public sealed class WordingTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    static readonly string[] ThirdPerson = ["de jongere", "hij of zij", "zijn of haar", "hem of haar", "Noor Peters"];
    static readonly string[] English = ["update", "feedback", "check-in", "check-ins", "meeting", "follow-up", "call", "news"];

    static string Shipped(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Samenspel.sln")))
                return Path.Combine(dir.FullName, "src", "Samenspel.Web", "Instruments", "Shipped", file);
        throw new InvalidOperationException($"No Samenspel.sln above {AppContext.BaseDirectory}.");
    }

    static IEnumerable<string> Texts(JsonElement items)
    {
        foreach (var item in items.EnumerateArray())
        {
            if (item.TryGetProperty("text", out var text)) yield return text.GetString()!;
            if (item.TryGetProperty("item", out var nested)) foreach (var t in Texts(nested)) yield return t;
        }
    }

    [Theory]
    [InlineData("werkrelatie-jongere.questionnaire.json")]
    [InlineData("inspraak-jongere.questionnaire.json")]
    public void The_youths_forms_speak_to_the_youth(string file)
    {
        var path = Shipped(file);
        Assert.True(File.Exists(path), $"{path} is missing.");
        var texts = Texts(JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("item")).ToList();
        Assert.NotEmpty(texts);
        foreach (var text in texts)
        {
            foreach (var word in ThirdPerson) Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
            Assert.Matches(@"\b([Ii]k|[Jj]e|[Jj]ij|[Mm]ij|[Mm]ijn|[Ww]e|[Mm]e)\b", text);
        }
    }

    [Fact]
    public async Task The_youths_transparency_screen_and_form_say_je_and_the_mentors_thanks_page_does_not_speak_of_the_mentor()
    {
        var noorId = await factory.YouthAsync("Noor");
        var measurementId = await new MeasurementBuilder(factory, noorId).PlannedOn(factory.Today()).BuildAsync();
        var noor = await Browser.LoginAsync(factory, DemoSeed.Email.Noor);
        var about = await noor.PageTextAsync($"/Alliance/About?measurementId={measurementId}");
        var fill = await noor.PageTextAsync($"/Alliance/Fill?measurementId={measurementId}");
        foreach (var page in new[] { about, fill })
        {
            Assert.DoesNotContain("Noor Peters, de jongere", page);
            Assert.DoesNotContain(" u ", page);
            Assert.DoesNotContain("uw antwoorden", page, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("Je mentor bespreekt je antwoorden met jou.", about);
        Assert.Contains("Ik voel me veilig bij mijn mentor.", fill);

        var responseId = await factory.CompletedResponseAsync(measurementId, Respondent.Mentor, _ => 4);
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var thanks = await mentor.PageTextAsync($"/Alliance/Thanks?responseId={responseId}");
        Assert.Contains("Uw antwoorden zijn verstuurd op", thanks);
        Assert.Contains("U bespreekt de antwoorden met Noor.", thanks);
        Assert.DoesNotContain("De mentor", thanks);
        Assert.DoesNotContain("Je antwoorden", thanks);
    }

    [Fact]
    public void No_contact_reason_or_data_category_is_an_English_word_in_Dutch()
    {
        var t = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)
            .Create(typeof(SharedResource));
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("nl-NL");
            var labels = Enum.GetValues<ContactReason>().Select(r => t.Of(r))
                .Concat(Enum.GetValues<DataCategory>().Select(c => t.Of(c))).ToList();
            Assert.Contains("nieuws", labels);
            foreach (var label in labels)
                Assert.DoesNotContain(label.Split(' ', StringSplitOptions.RemoveEmptyEntries), w => English.Contains(w, StringComparer.OrdinalIgnoreCase));
        }
        finally { (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formatting); }
    }
}
