namespace Samenspel.Domain.Goals;

/// <summary>One goal's score: its GAS level (-2 much less than expected … 0 expected … +2 much more) and its weight.</summary>
public readonly record struct GoalScore(int Level, double Weight = 1)
{
    public const int MinLevel = -2;
    public const int MaxLevel = 2;

    public static bool IsValidLevel(int level) => level is >= MinLevel and <= MaxLevel;

    /// <summary>A level as it is shown: "+2", "+1", "0", "-1", "-2".</summary>
    public static string Signed(int level) => level > 0 ? $"+{level}" : level.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The description of <paramref name="level"/> among a goal's five, which run from -2 to +2 in order.</summary>
    public static string LevelText(IReadOnlyList<string> levels, int level) => levels[level - MinLevel];
}

/// <summary>Goal Attainment Scaling summary score (Kiresuk and Sherman, 1968).</summary>
public static class GoalAttainmentScaling
{
    /// <summary>The assumed correlation between goal scores; 0.3 is the customary value.</summary>
    public const double DefaultCorrelation = 0.3;

    /// <summary>T = 50 + 10·Σ(wᵢxᵢ) / √((1−ρ)Σwᵢ² + ρ(Σwᵢ)²). All goals at their expected level give 50;
    /// the standard deviation is 10 when the assumptions hold.</summary>
    public static double TScore(IReadOnlyCollection<GoalScore> goals, double correlation = DefaultCorrelation)
    {
        if (goals.Count == 0) throw new ArgumentException("At least one goal is needed for a T-score.", nameof(goals));
        if (correlation is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(correlation), "ρ must be in [0, 1).");
        foreach (var g in goals)
        {
            if (!GoalScore.IsValidLevel(g.Level)) throw new ArgumentOutOfRangeException(nameof(goals), $"GAS level {g.Level} is outside -2..+2.");
            if (!(g.Weight > 0) || double.IsInfinity(g.Weight)) throw new ArgumentOutOfRangeException(nameof(goals), "Weights must be positive.");
        }
        var weighted = goals.Sum(g => g.Weight * g.Level);
        var sumOfSquares = goals.Sum(g => g.Weight * g.Weight);
        var sum = goals.Sum(g => g.Weight);
        return 50 + 10 * weighted / Math.Sqrt((1 - correlation) * sumOfSquares + correlation * sum * sum);
    }
}
