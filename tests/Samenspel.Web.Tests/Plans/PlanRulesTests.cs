using Samenspel.Web.Data;

namespace Samenspel.Web.Tests.Plans;

/// <summary>The rules the plan and agreement entities guard themselves.</summary>
public sealed class PlanRulesTests
{
    static readonly string[] Levels = ["veel minder", "minder", "zoals verwacht", "meer", "veel meer"];
    static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    static Plan PlanWithGoal()
    {
        var plan = new Plan { TrajectoryId = Guid.CreateVersion7(), YouthId = Guid.CreateVersion7(), CreatedAt = Now };
        plan.AddGoal("Ik ga elke dag naar school", null, "Noor", Levels).AddStep("Wekker zetten");
        return plan;
    }

    [Fact]
    public void Agreed_plan_cannot_be_changed_in_place()
    {
        var plan = PlanWithGoal();
        plan.RecordAgreement(PlanParty.Youth, Guid.CreateVersion7(), null, true, null, Now);
        Assert.True(plan.IsLocked);
        Assert.Throws<InvalidOperationException>(() => plan.AddGoal("Nog een doel", null, "Noor", Levels));
        Assert.Throws<InvalidOperationException>(() => plan.ChangeGoal(plan.Goals[0].Id, "Anders", null, "Noor", Levels, 1));
        Assert.Throws<InvalidOperationException>(() => plan.Describe("x", null, null, null));
    }

    [Fact]
    public void An_objection_also_freezes_the_version()
    {
        var plan = PlanWithGoal();
        plan.RecordAgreement(PlanParty.Carer, Guid.CreateVersion7(), Guid.CreateVersion7(), false, "Te weinig over school", Now);
        Assert.True(plan.IsLocked);
    }

    [Fact]
    public void Next_version_keeps_goals_and_their_lineage_but_asks_agreement_again()
    {
        var plan = PlanWithGoal();
        plan.RecordAgreement(PlanParty.Youth, Guid.CreateVersion7(), null, true, null, Now);
        var next = plan.NextVersion(Now.AddDays(30));
        Assert.Equal(2, next.Version);
        Assert.Empty(next.Agreements);
        Assert.False(next.IsLocked);
        var (old, copy) = (plan.Goals.Single(), next.Goals.Single());
        Assert.NotEqual(old.Id, copy.Id);
        Assert.Equal(old.LineageId, copy.LineageId);
        Assert.Equal(old.YouthWording, copy.YouthWording);
        Assert.Equal("Wekker zetten", copy.Steps.Single().Text);
        next.ChangeGoal(copy.Id, "Ik ga vier dagen per week naar school", null, "Noor", Levels, 1);
        Assert.Equal("Ik ga elke dag naar school", old.YouthWording);
    }

    [Fact]
    public void A_plan_without_goals_cannot_be_agreed_to() =>
        Assert.Throws<InvalidOperationException>(() =>
            new Plan { CreatedAt = Now }.RecordAgreement(PlanParty.Youth, Guid.CreateVersion7(), null, true, null, Now));

    [Fact]
    public void Agreeing_again_replaces_the_same_persons_earlier_answer()
    {
        var plan = PlanWithGoal();
        var user = Guid.CreateVersion7();
        plan.RecordAgreement(PlanParty.Carer, user, null, false, "Nee", Now);
        plan.RecordAgreement(PlanParty.Carer, user, null, true, "Toch wel", Now.AddHours(1));
        Assert.True(Assert.Single(plan.Agreements).Agrees);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Goal_needs_words(string wording) =>
        Assert.Throws<ArgumentException>(() => new Plan { CreatedAt = Now }.AddGoal(wording, null, "Noor", Levels));

    [Fact]
    public void Goal_needs_all_five_levels_described() =>
        Assert.Throws<ArgumentException>(() => new Plan { CreatedAt = Now }.AddGoal("Doel", null, "Noor", ["a", "b", "", "d", "e"]));

    [Fact]
    public void Revising_an_agreement_keeps_the_old_version_and_links_the_new_one()
    {
        var first = new Agreement { Kind = AgreementKind.Everyday, Topic = "Bedtijden", Text = "Om 22.00 uur naar bed", CreatedAt = Now };
        var second = first.Revise("Om 22.30 uur naar bed", AgreementOwner.Youth, null, null, null, null, Now.AddDays(7), null);
        Assert.False(first.IsCurrent);
        Assert.Equal("Om 22.00 uur naar bed", first.Text);
        Assert.Equal((first.LineageId, 2, "Bedtijden"), (second.LineageId, second.Version, second.Topic));
        Assert.Throws<InvalidOperationException>(() => first.Revise("x", AgreementOwner.Youth, null, null, null, null, Now, null));
    }

    [Fact]
    public void Intake_is_complete_only_when_every_part_is_filled()
    {
        var intake = new Intake { YouthRequest = "Beter naar school", CarersRequest = "Rust thuis" };
        Assert.Contains("earlier", intake.Missing());
        Assert.DoesNotContain("requests", intake.Missing());
        Assert.Throws<InvalidOperationException>(() => intake.Complete(Now));
        intake.EarlierTried = "Schoolmaatschappelijk werk";
        intake.YouthExpectations = "Hulp bij plannen";
        intake.CarersExpectations = "Elke twee weken bellen";
        intake.TeamExpectations = "Ouders komen naar de evaluaties";
        intake.CanStayPast18 = true;
        intake.TreatingContactWith = "Dr. Bos";
        intake.TeamIntroduction = "Eva, Joris en Fatima";
        Assert.Empty(intake.Missing());
        intake.Complete(Now);
        Assert.Equal(Now, intake.CompletedAt);
    }
}
