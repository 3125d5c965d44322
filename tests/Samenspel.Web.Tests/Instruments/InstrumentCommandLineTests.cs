using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Instruments;

public sealed class InstrumentCommandLineTests
{
    [Fact]
    public async Task Instrument_import_verb_adds_a_questionnaire_once_and_names_what_is_wrong()
    {
        var data = Directory.CreateTempSubdirectory("samenspel-cli-").FullName;
        var file = InstrumentImportTests.TestFile("gad7.questionnaire.json");

        var (exit, output) = await CommandLine.RunAsync(["instrument", "import", file, .. CommandLine.Sqlite(data)]);
        Assert.True(exit == 0, output);
        Assert.Matches("De vragenlijst is toegevoegd: Questionnaire/[0-9a-f-]{36}", output);

        var (again, againOutput) = await CommandLine.RunAsync(["instrument", "import", file, .. CommandLine.Sqlite(data)]);
        Assert.Equal(1, again);
        Assert.Contains("Deze vragenlijst is al toegevoegd", againOutput);

        var (refused, refusedOutput) = await CommandLine.RunAsync(["instrument", "import", InstrumentImportTests.TestFile("all-data-types.questionnaire.json"), .. CommandLine.Sqlite(data)]);
        Assert.Equal(1, refused);
        Assert.Contains("is niet toegevoegd", refusedOutput);
        Assert.Contains("- Vraag 'id-attachment': het soort vraag 'attachment' kan Samenspel niet gebruiken", refusedOutput);

        var (missing, missingOutput) = await CommandLine.RunAsync(["instrument", "import", Path.Combine(data, "nergens.json"), .. CommandLine.Sqlite(data)]);
        Assert.NotEqual(0, missing);
        Assert.Contains("bestaat niet", missingOutput);
    }
}
