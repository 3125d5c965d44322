using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Samenspel.Domain.Goals;

namespace Samenspel.Domain.Tests.Goals;

public sealed class GoalAttainmentScalingTests
{
    // Expected values computed by hand from T = 50 + 10·Σwx / √(0.7·Σw² + 0.3·(Σw)²).
    public static TheoryData<int[], double[], double> HandComputed => new()
    {
        { [0], [1], 50.0 },                                   // one goal, as expected
        { [1], [1], 60.0 },                                   // √(0.7 + 0.3) = 1
        { [-2], [1], 30.0 },
        { [0, 0, 0], [1, 1, 1], 50.0 },                       // all expected
        { [1, 1], [1, 1], 50 + 20 / Math.Sqrt(2.6) },         // √(1.4 + 1.2)
        { [2, -1, 0], [2, 1, 1], 60.0 },                      // Σwx = 3, √(0.7·6 + 0.3·16) = √9 = 3
        { [-2, -2, -2, -2], [1, 1, 1, 1], 50 - 80 / Math.Sqrt(7.6) },
        { [2, 1], [3, 1], 50 + 70 / Math.Sqrt(0.7 * 10 + 0.3 * 16) },  // unequal weights
    };

    [Theory]
    [MemberData(nameof(HandComputed))]
    public void T_score_matches_hand_computed_values(int[] levels, double[] weights, double expected)
    {
        var goals = levels.Zip(weights, (l, w) => new GoalScore(l, w)).ToList();
        Assert.Equal(expected, GoalAttainmentScaling.TScore(goals), 6);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-3)]
    public void Level_outside_minus_two_to_two_is_refused(int level) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GoalAttainmentScaling.TScore([new GoalScore(level)]));

    [Fact]
    public void No_goals_gives_no_score() =>
        Assert.Throws<ArgumentException>(() => GoalAttainmentScaling.TScore([]));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Weight_must_be_positive(double weight) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GoalAttainmentScaling.TScore([new GoalScore(1, weight)]));

    static Arbitrary<GoalScore[]> Goals() =>
        Gen.Choose(1, 8).SelectMany(n =>
            Gen.Zip(Gen.Choose(-2, 2), Gen.Choose(1, 5)).Select(t => new GoalScore(t.Item1, t.Item2)).ArrayOf(n)).ToArbitrary();

    [Property]
    public Property Negating_every_level_mirrors_the_score_around_50() =>
        Prop.ForAll(Goals(), goals =>
        {
            var mirrored = goals.Select(g => g with { Level = -g.Level }).ToArray();
            return Math.Abs(GoalAttainmentScaling.TScore(goals) - 50 - (50 - GoalAttainmentScaling.TScore(mirrored))) < 1e-9;
        });

    [Property]
    public Property Scaling_all_weights_leaves_the_score_unchanged() =>
        Prop.ForAll(Goals(), Gen.Choose(2, 10).ToArbitrary(), (goals, factor) =>
            Math.Abs(GoalAttainmentScaling.TScore(goals) - GoalAttainmentScaling.TScore(goals.Select(g => g with { Weight = g.Weight * factor }).ToArray())) < 1e-9);

    [Property]
    public Property Raising_one_level_never_lowers_the_score() =>
        Prop.ForAll(Goals(), goals =>
        {
            var i = Array.FindIndex(goals, g => g.Level < 2);
            if (i < 0) return true;
            var raised = goals.ToArray();
            raised[i] = raised[i] with { Level = raised[i].Level + 1 };
            return GoalAttainmentScaling.TScore(raised) > GoalAttainmentScaling.TScore(goals);
        });

    [Property]
    public Property Score_stays_within_the_bounds_of_all_minus_two_and_all_plus_two() =>
        Prop.ForAll(Goals(), goals =>
        {
            var t = GoalAttainmentScaling.TScore(goals);
            var low = GoalAttainmentScaling.TScore(goals.Select(g => g with { Level = -2 }).ToArray());
            var high = GoalAttainmentScaling.TScore(goals.Select(g => g with { Level = 2 }).ToArray());
            return low - 1e-9 <= t && t <= high + 1e-9;
        });
}
