namespace Samenspel.Domain.Alliance;

/// <summary>
/// The answer scale of an item: its ordinal values (for the shipped check 1..5). "Low" and "neutral" come from the
/// scale itself, not from fixed numbers: <see cref="Middle"/> is halfway between the lowest and the highest value; an
/// answer below it is low, an answer exactly on it is neutral (only scales with a middle point have one), an answer
/// above it is high. A step is the range divided by the number of gaps between the points.
/// </summary>
public sealed record AnswerScale
{
    public decimal Min { get; }
    public decimal Max { get; }
    public decimal Step { get; }
    public decimal Middle => (Min + Max) / 2;

    public AnswerScale(IEnumerable<decimal> ordinals)
    {
        var points = ordinals.Distinct().Order().ToList();
        if (points.Count < 2) throw new ArgumentException("An answer scale needs at least two different values.", nameof(ordinals));
        (Min, Max) = (points[0], points[^1]);
        Step = (Max - Min) / (points.Count - 1);
    }

    public bool IsLow(decimal value) => value < Middle;
    public bool IsNeutral(decimal value) => value == Middle;

    /// <summary>A difference of at least two steps: the two views are not just a shade apart.</summary>
    public bool IsBigDifference(decimal difference) => Math.Abs(difference) >= 2 * Step;
}

/// <summary>What the conversation should ask about one statement; every statement has exactly one.</summary>
public enum Situation
{
    /// <summary>At least two steps apart, and the youth's answer is the lower one.</summary>
    YouthLower,
    /// <summary>At least two steps apart, and the youth's answer is the higher one.</summary>
    YouthHigher,
    /// <summary>Not far apart, and an answer is below the middle.</summary>
    Low,
    /// <summary>Not far apart, none low, and an answer is the middle one.</summary>
    Neutral,
    /// <summary>Not far apart and every answer given is above the middle.</summary>
    High,
    /// <summary>Nobody answered this statement.</summary>
    Unanswered,
}

/// <summary>One statement that the youth form and the mentor form share (the same linkId), with both answers as
/// ordinal values; null when that respondent left it open.</summary>
public sealed record MatchedItem(string LinkId, string? Scale, int Order, decimal? Youth, decimal? Mentor);

/// <summary>A matched statement compared. <see cref="Difference"/> is mentor minus youth (positive: the mentor
/// is more positive), null unless both answered.</summary>
public sealed record ItemComparison(MatchedItem Item, decimal? Difference, Situation Situation)
{
    public decimal? AbsoluteDifference => Difference is { } d ? Math.Abs(d) : null;
}

/// <summary>The mean of one respondent's answers on one scale. Missing answers are left out: the mean is taken
/// over the <see cref="Answered"/> items of that scale the respondent did answer, out of <see cref="Items"/>;
/// it is null when none was answered (a missing answer never counts as 0 or as the middle).</summary>
public sealed record ScaleMean(string Scale, decimal? Mean, int Answered, int Items);

public static class Comparison
{
    public static ItemComparison Compare(MatchedItem item, AnswerScale scale)
    {
        decimal? difference = item is { Youth: { } y, Mentor: { } m } ? m - y : null;
        return new(item, difference, SituationOf(item, difference, scale));
    }

    static Situation SituationOf(MatchedItem item, decimal? difference, AnswerScale scale)
    {
        if (difference is { } d && scale.IsBigDifference(d))
            return d > 0 ? Situation.YouthLower : Situation.YouthHigher;
        decimal[] given = [.. new[] { item.Youth, item.Mentor }.OfType<decimal>()];
        if (given.Length == 0) return Situation.Unanswered;
        if (given.Any(scale.IsLow)) return Situation.Low;
        if (given.Any(scale.IsNeutral)) return Situation.Neutral;
        return Situation.High;
    }

    /// <summary>
    /// The order for the feedback conversation, every statement once: first the statements where youth and mentor
    /// differ, the largest absolute difference first; then those with a low answer; then those with a neutral
    /// answer; then the rest (all high, or unanswered). Within the same place the statement with the lowest answer
    /// comes first, then the form's order.
    /// </summary>
    public static IReadOnlyList<ItemComparison> ConversationOrder(IEnumerable<MatchedItem> items, AnswerScale scale) =>
        items.Select(i => Compare(i, scale))
            .OrderBy(c => Group(c, scale))
            .ThenByDescending(c => c.AbsoluteDifference ?? 0)
            .ThenBy(c => Lowest(c.Item) ?? decimal.MaxValue)
            .ThenBy(c => c.Item.Order)
            .ThenBy(c => c.Item.LinkId, StringComparer.Ordinal)
            .ToList();

    /// <summary>0 differ, 1 low, 2 neutral, 3 the rest.</summary>
    public static int Group(ItemComparison c, AnswerScale scale)
    {
        if (c.Difference is { } d && d != 0) return 0;
        decimal[] given = [.. new[] { c.Item.Youth, c.Item.Mentor }.OfType<decimal>()];
        if (given.Any(scale.IsLow)) return 1;
        if (given.Any(scale.IsNeutral)) return 2;
        return 3;
    }

    static decimal? Lowest(MatchedItem i) => (i.Youth, i.Mentor) switch
    {
        ({ } y, { } m) => Math.Min(y, m),
        (var y, var m) => y ?? m,
    };

    /// <summary>Per scale, the mean of the answers one respondent gave (see <see cref="ScaleMean"/>), in the order
    /// the scales first appear. Items without a scale are not in any mean.</summary>
    public static IReadOnlyList<ScaleMean> ScaleMeans(IEnumerable<(string? Scale, decimal? Value)> answers) =>
        answers.Where(a => a.Scale is not null)
            .GroupBy(a => a.Scale!)
            .Select(g =>
            {
                var given = g.Select(a => a.Value).OfType<decimal>().ToList();
                return new ScaleMean(g.Key, given.Count == 0 ? null : given.Average(), given.Count, g.Count());
            })
            .ToList();
}
