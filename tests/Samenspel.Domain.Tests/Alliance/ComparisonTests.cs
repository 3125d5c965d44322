using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Samenspel.Domain.Alliance;

namespace Samenspel.Domain.Tests.Alliance;

public sealed class ComparisonTests
{
    static readonly AnswerScale FivePoint = new([1m, 2m, 3m, 4m, 5m]);

    static decimal? N(string s) => s == "-" ? null : decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // youth, mentor, difference (mentor - youth), situation
    [InlineData("1", "5", "4", Situation.YouthLower)]
    [InlineData("2", "4", "2", Situation.YouthLower)]      // two steps: a real difference
    [InlineData("5", "3", "-2", Situation.YouthHigher)]
    [InlineData("2", "3", "1", Situation.Low)]             // one step apart: the low answer leads
    [InlineData("3", "4", "1", Situation.Neutral)]
    [InlineData("3", "3", "0", Situation.Neutral)]
    [InlineData("4", "5", "1", Situation.High)]
    [InlineData("5", "5", "0", Situation.High)]
    [InlineData("1", "1", "0", Situation.Low)]
    [InlineData("2", "-", "-", Situation.Low)]             // only the youth answered
    [InlineData("-", "3", "-", Situation.Neutral)]         // only the mentor answered
    [InlineData("-", "4", "-", Situation.High)]
    [InlineData("-", "-", "-", Situation.Unanswered)]
    public void Situation_of_a_statement_on_the_five_point_scale(string youth, string mentor, string difference, Situation situation)
    {
        var c = Comparison.Compare(new MatchedItem("x", "band", 1, N(youth), N(mentor)), FivePoint);
        Assert.Equal(N(difference), c.Difference);
        Assert.Equal(situation, c.Situation);
    }

    [Theory]
    // Low and neutral follow the scale, not fixed numbers: 0..4 has its middle at 2, 1..7 at 4, 1..4 has none.
    [InlineData("0 1 2 3 4", "1", true, false)]
    [InlineData("0 1 2 3 4", "2", false, true)]
    [InlineData("0 1 2 3 4", "3", false, false)]
    [InlineData("1 2 3 4 5 6 7", "3", true, false)]
    [InlineData("1 2 3 4 5 6 7", "4", false, true)]
    [InlineData("1 2 3 4 5 6 7", "5", false, false)]
    [InlineData("1 2 3 4", "2", true, false)]
    [InlineData("1 2 3 4", "3", false, false)]
    [InlineData("5 4 3 2 1 3", "3", false, true)]             // order and repeats do not matter
    public void Low_and_neutral_come_from_the_answer_scale(string points, string value, bool low, bool neutral)
    {
        var scale = new AnswerScale(points.Split(' ').Select(p => N(p)!.Value));
        Assert.Equal(low, scale.IsLow(N(value)!.Value));
        Assert.Equal(neutral, scale.IsNeutral(N(value)!.Value));
    }

    [Theory]
    [InlineData("1 2 3 4 5", "1", false)]
    [InlineData("1 2 3 4 5", "2", true)]
    [InlineData("1 2 3 4 5 6 7", "2", true)]
    [InlineData("0 10 20 30", "10", false)]                  // steps of ten: two steps is twenty
    [InlineData("0 10 20 30", "20", true)]
    public void A_big_difference_is_at_least_two_steps(string points, string difference, bool big) =>
        Assert.Equal(big, new AnswerScale(points.Split(' ').Select(p => N(p)!.Value)).IsBigDifference(N(difference)!.Value));

    [Fact]
    public void A_scale_needs_two_different_values() =>
        Assert.Throws<ArgumentException>(() => new AnswerScale([3m, 3m]));

    [Fact]
    public void Conversation_order_difference_first_then_low_then_neutral_then_the_rest()
    {
        MatchedItem[] items =
        [
            new("high", "band", 1, 5, 5),
            new("neutral", "band", 2, 3, 3),
            new("small-difference", "doel", 3, 4, 5),
            new("low", "doel", 4, 2, 2),
            new("big-difference", "aanpak", 5, 1, 4),
            new("open", "aanpak", 6, null, null),
            new("low-one-answer", "aanpak", 7, null, 1),
            new("same-difference-lower", "band", 8, 2, 3),
        ];
        var order = Comparison.ConversationOrder(items, FivePoint).Select(c => c.Item.LinkId);
        Assert.Equal(
            ["big-difference", "same-difference-lower", "small-difference", "low-one-answer", "low", "neutral", "high", "open"],
            order);
    }

    [Fact]
    public void Scale_means_leave_missing_answers_out()
    {
        var means = Comparison.ScaleMeans([("band", 4m), ("band", null), ("band", 1m), ("doel", null), (null, 5m), ("aanpak", 3m)]);
        Assert.Equal(
            [new ScaleMean("band", 2.5m, 2, 3), new ScaleMean("doel", null, 0, 1), new ScaleMean("aanpak", 3m, 1, 1)],
            means);
    }

    // Properties over random scales and random answers.

    static Gen<AnswerScale> Scales() =>
        from min in Gen.Choose(-3, 3)
        from points in Gen.Choose(2, 11)
        from step in Gen.Elements(1m, 0.5m, 2m, 10m)
        select new AnswerScale(Enumerable.Range(0, points).Select(i => min + i * step));

    static Gen<decimal?> Answer(AnswerScale s) =>
        Gen.Frequency(
            (1, Gen.Constant((decimal?)null)),
            (6, Gen.Choose(0, (int)((s.Max - s.Min) / s.Step)).Select(i => (decimal?)(s.Min + i * s.Step))));

    static Arbitrary<(AnswerScale Scale, MatchedItem[] Items)> Measurements() =>
        (from scale in Scales()
         from n in Gen.Choose(0, 30)
         from answers in Gen.ArrayOf(Answer(scale).Two(), n)
         from scaleCodes in Gen.ArrayOf(Gen.Elements("band", "doel", "aanpak"), n)
         select (scale, answers.Select((a, i) => new MatchedItem($"i{i}", scaleCodes[i], i, a.Item1, a.Item2)).ToArray()))
        .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Conversation_order_is_a_permutation() =>
        Prop.ForAll(Measurements(), m =>
            Comparison.ConversationOrder(m.Items, m.Scale).Select(c => c.Item.LinkId).Order(StringComparer.Ordinal)
                .SequenceEqual(m.Items.Select(i => i.LinkId).Order(StringComparer.Ordinal)));

    [Property(MaxTest = 500)]
    public Property Differing_statements_come_first_and_a_larger_difference_never_after_a_smaller_one() =>
        Prop.ForAll(Measurements(), m =>
        {
            var order = Comparison.ConversationOrder(m.Items, m.Scale);
            var differing = order.TakeWhile(c => c.Difference is { } d && d != 0).ToList();
            var rest = order.Skip(differing.Count);
            return rest.All(c => c.Difference is null or 0)
                && differing.Zip(differing.Skip(1)).All(p => p.First.AbsoluteDifference >= p.Second.AbsoluteDifference);
        });

    [Property(MaxTest = 500)]
    public Property Without_a_difference_low_comes_before_neutral_before_the_rest() =>
        Prop.ForAll(Measurements(), m =>
        {
            var groups = Comparison.ConversationOrder(m.Items, m.Scale).Select(c => Comparison.Group(c, m.Scale)).ToList();
            return groups.Zip(groups.Skip(1)).All(p => p.First <= p.Second);
        });

    [Property(MaxTest = 500)]
    public Property Every_statement_has_one_situation_that_fits_its_answers() =>
        Prop.ForAll(Measurements(), m => m.Items.All(i =>
        {
            var s = Comparison.Compare(i, m.Scale).Situation;
            decimal?[] both = [i.Youth, i.Mentor];
            return s switch
            {
                Situation.YouthLower => i.Mentor - i.Youth >= 2 * m.Scale.Step,
                Situation.YouthHigher => i.Youth - i.Mentor >= 2 * m.Scale.Step,
                Situation.Low => both.Any(a => a < m.Scale.Middle),
                Situation.Neutral => both.Any(a => a == m.Scale.Middle) && !both.Any(a => a < m.Scale.Middle),
                Situation.High => both.All(a => a is null || a > m.Scale.Middle) && both.Any(a => a is not null),
                Situation.Unanswered => both.All(a => a is null),
                _ => false,
            };
        }));

    [Property(MaxTest = 500)]
    public Property Scale_means_lie_within_the_scale_and_count_only_given_answers() =>
        Prop.ForAll(Measurements(), m =>
        {
            var youth = Comparison.ScaleMeans(m.Items.Select(i => (i.Scale, i.Youth)));
            return youth.All(s =>
                s.Items == m.Items.Count(i => i.Scale == s.Scale)
                && s.Answered == m.Items.Count(i => i.Scale == s.Scale && i.Youth is not null)
                && (s.Mean is null ? s.Answered == 0 : s.Mean >= m.Scale.Min && s.Mean <= m.Scale.Max));
        });
}
