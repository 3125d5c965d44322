using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.PlanPages;

/// <summary>What people do on the plan pages, for the tests. Each test starts the youth on a new trajectory (see
/// <see cref="TrajectoryBuilder"/>), so it has a plan of its own whatever the other tests in the fixture did.</summary>
static partial class PlanPageSteps
{
    public static readonly string[] LevelTexts = ["Geen dag", "Twee dagen", "Vier dagen", "Elke dag", "Elke dag en op tijd"];

    public static Dictionary<string, string> GoalFields(string wording, int weight = 1, string steps = "Wekker zetten\nTas inpakken", string owner = "Noor en haar mentor")
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.YouthWording"] = wording, ["Input.ProfessionalWording"] = "Schoolverzuim terugdringen", ["Input.Owner"] = owner,
            ["Input.Weight"] = weight.ToString(CultureInfo.InvariantCulture), ["Input.Steps"] = steps,
        };
        string[] names = ["LevelMinus2", "LevelMinus1", "Level0", "LevelPlus1", "LevelPlus2"];
        for (var i = 0; i < names.Length; i++) fields[$"Input.{names[i]}"] = LevelTexts[i];
        return fields;
    }

    public static async Task AddGoalAsync(Browser staff, Guid youthId, string wording, int weight = 1)
    {
        var response = await staff.PostFormAsync($"/Plan/Goal?youthId={youthId}", GoalFields(wording, weight));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task<HttpResponseMessage> AnswerAsync(Browser party, Guid youthId, bool agrees, string comment = "", int version = 1) =>
        await party.PostFormAsync($"/Plan?youthId={youthId}&handler=Agree",
            new() { ["Answer.Agrees"] = agrees ? "true" : "false", ["Answer.Comment"] = comment, ["Answer.Version"] = version.ToString(CultureInfo.InvariantCulture) },
            formPage: $"/Plan?youthId={youthId}");

    /// <summary>Posts the same answer form twice, as a double click does: both posts carry the token of one form.</summary>
    public static async Task DoubleAnswerAsync(Browser party, Guid youthId, bool first, bool second)
    {
        var form = WebUtility.HtmlDecode(Token().Match(await party.GetPageAsync($"/Plan?youthId={youthId}")).Groups[1].Value);
        foreach (var agrees in new[] { first, second })
        {
            var response = await party.Client.PostAsync($"/Plan?youthId={youthId}&handler=Agree", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Answer.Agrees"] = agrees ? "true" : "false", ["Answer.Version"] = "1", ["__RequestVerificationToken"] = form,
            }));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    public static async Task<string> PageAsync(Browser browser, string url) => WebUtility.HtmlDecode(await browser.GetPageAsync(url));

    public static async Task<string> BodyAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>The line of the agreement status that names this person.</summary>
    public static string AgreementOf(string page, string name)
    {
        var list = page[page.IndexOf("data-testid=\"agreements\"", StringComparison.Ordinal)..];
        list = list[..list.IndexOf("</ul>", StringComparison.Ordinal)];
        return Assert.Single(ListItem().Matches(list).Select(m => m.Groups[1].Value), li => li.Contains(name));
    }

    public static string Today(SamenspelFactory factory) => Date(factory.Clock.DutchToday());
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", new CultureInfo("nl-NL"));

    /// <summary>The current plan version of the youth's current trajectory.</summary>
    public static Task<Guid> CurrentPlanIdAsync(SamenspelFactory factory, Guid youthId) => factory.WithDbAsync(async db =>
    {
        var trajectoryId = await db.Trajectories.Where(t => t.YouthId == youthId).OrderByDescending(t => t.StartDate).Select(t => t.Id).FirstAsync();
        return await db.Plans.Where(p => p.TrajectoryId == trajectoryId).OrderByDescending(p => p.Version).Select(p => p.Id).FirstAsync();
    });

    /// <summary>The current plan version's goals, in order.</summary>
    public static async Task<List<(Guid Id, Guid LineageId)>> GoalsAsync(SamenspelFactory factory, Guid youthId)
    {
        var planId = await CurrentPlanIdAsync(factory, youthId);
        return (await factory.WithDbAsync(db => db.Goals.Where(g => g.PlanId == planId).OrderBy(g => g.Position).Select(g => new { g.Id, g.LineageId }).ToListAsync()))
            .Select(g => (g.Id, g.LineageId)).ToList();
    }

    public static async Task<List<Guid>> GoalIdsAsync(SamenspelFactory factory, Guid youthId) => (await GoalsAsync(factory, youthId)).Select(g => g.Id).ToList();
    public static async Task<List<Guid>> LineagesAsync(SamenspelFactory factory, Guid youthId) => (await GoalsAsync(factory, youthId)).Select(g => g.LineageId).ToList();

    public static Task<List<int>> VersionsAsync(SamenspelFactory factory, Guid youthId) => factory.WithDbAsync(async db =>
    {
        var trajectoryId = await db.Trajectories.Where(t => t.YouthId == youthId).OrderByDescending(t => t.StartDate).Select(t => t.Id).FirstAsync();
        return await db.Plans.Where(p => p.TrajectoryId == trajectoryId).OrderBy(p => p.Version).Select(p => p.Version).ToListAsync();
    });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    public static partial Regex Token();

    [GeneratedRegex("<li>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex ListItem();
}
