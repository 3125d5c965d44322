using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.EvaluationsAndAgreements;

/// <summary>Set-up shared by the evaluation and agreement tests: demo youths, and plans made straight in the database
/// (the plan pages are built elsewhere).</summary>
static class TestData
{
    static readonly string[] Levels = ["veel minder dan verwacht", "minder dan verwacht", "zoals verwacht", "meer dan verwacht", "veel meer dan verwacht"];

    /// <summary>A new plan version with one goal per weight; returns the goals' lineage ids in order.</summary>
    public static Task<Guid[]> PlanAsync(this SamenspelFactory factory, Guid youthId, params double[] weights) =>
        factory.WithDbAsync(async db =>
        {
            var trajectory = await db.Trajectories.Where(t => t.YouthId == youthId).OrderByDescending(t => t.StartDate).Select(t => t.Id).FirstAsync();
            var version = await db.Plans.Where(p => p.TrajectoryId == trajectory).MaxAsync(p => (int?)p.Version) ?? 0;
            var plan = new Plan { TrajectoryId = trajectory, YouthId = youthId, Version = version + 1, CreatedAt = factory.Clock.GetUtcNow() };
            for (var i = 0; i < weights.Length; i++) plan.AddGoal($"Doel {i + 1} van versie {version + 1}", null, "jongere", Levels, weights[i]);
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Goals.Select(g => g.LineageId).ToArray();
        });

    /// <summary>The next version of the latest plan (same goals, same lineage) with new weights.</summary>
    public static Task NextPlanVersionAsync(this SamenspelFactory factory, Guid youthId, params double[] weights) =>
        factory.WithDbAsync(async db =>
        {
            var latest = await db.Plans.Include(p => p.Goals).ThenInclude(g => g.Steps).Where(p => p.YouthId == youthId).OrderByDescending(p => p.Version).FirstAsync();
            var next = latest.NextVersion(factory.Clock.GetUtcNow());
            foreach (var (goal, weight) in next.Goals.OrderBy(g => g.Position).Zip(weights))
                next.ChangeGoal(goal.Id, goal.YouthWording, goal.ProfessionalWording, goal.Owner, goal.Levels, weight);
            db.Plans.Add(next);
            return await db.SaveChangesAsync();
        });

    /// <summary>Posts the evaluation form with one level per goal lineage.</summary>
    public static Task<HttpResponseMessage> EvaluateAsync(this Browser browser, Guid youthId, string heldOn, IEnumerable<(Guid Lineage, string Level)> levels,
        string wentWell = "We hebben goed samengewerkt.", string didNotGoWell = "Het huiswerk bleef liggen.", string planChanges = "")
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.HeldOn"] = heldOn, ["Input.WentWell"] = wentWell, ["Input.DidNotGoWell"] = didNotGoWell, ["Input.PlanChanges"] = planChanges,
        };
        var i = 0;
        foreach (var (lineage, level) in levels)
        {
            fields[$"Input.Levels[{i}].LineageId"] = lineage.ToString();
            fields[$"Input.Levels[{i++}].Level"] = level;
        }
        return browser.PostFormAsync($"/Evaluations/New?youthId={youthId}", fields);
    }

    public static async Task<string> TextAsync(this HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static async Task<string> PageTextAsync(this Browser browser, string url) => WebUtility.HtmlDecode(await browser.GetPageAsync(url));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");

    public static DateOnly Today(this SamenspelFactory factory) => factory.Clock.DutchToday();
}
