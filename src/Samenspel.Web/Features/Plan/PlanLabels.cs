using Samenspel.Domain.Goals;

namespace Samenspel.Web.Features.Plan;

/// <summary>Plain Dutch words for the plan pages.</summary>
public static class PlanLabels
{
    public static string Of(this IStringLocalizer t, ScoringMoment moment) => t[moment switch
    {
        ScoringMoment.Start => "Start",
        ScoringMoment.Evaluation => "Evaluatie",
        _ => "Einde",
    }];

    /// <summary>"-2: veel minder dan verwacht" … "+2: veel meer dan verwacht".</summary>
    public static string LevelName(this IStringLocalizer t, int level) => t[level switch
    {
        -2 => "-2: veel minder dan verwacht",
        -1 => "-1: minder dan verwacht",
        0 => "0: wat we verwachten",
        1 => "+1: meer dan verwacht",
        _ => "+2: veel meer dan verwacht",
    }];

    public static IEnumerable<int> Levels => Enumerable.Range(GoalScore.MinLevel, GoalScore.MaxLevel - GoalScore.MinLevel + 1);

    /// <summary>A GAS T-score as people read it: 50, 54,3.</summary>
    public static string TScore(double t) => t.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>The non-empty lines of a text, for showing it as paragraphs.</summary>
    public static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
}
