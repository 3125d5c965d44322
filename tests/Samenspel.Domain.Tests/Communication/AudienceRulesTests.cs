using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Samenspel.Domain.Communication;
using Samenspel.Domain.Register;

namespace Samenspel.Domain.Tests.Communication;

public sealed class AudienceRulesTests
{
    static readonly Guid North = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    static readonly Guid South = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<StaffRole, Guid?, Guid?, bool> Cases => new()
    {
        // role, own team, team addressed (null: the whole organisation), allowed
        { StaffRole.Mentor, North, North, true },
        { StaffRole.Mentor, North, South, false },
        { StaffRole.Mentor, North, null, false },
        { StaffRole.Counsellor, North, North, true },
        { StaffRole.ShadowMentor, North, South, false },
        { StaffRole.BehaviouralScientist, North, North, true },
        { StaffRole.BehaviouralScientist, null, North, false },
        { StaffRole.BehaviouralScientist, null, null, false },
        { StaffRole.TeamLead, North, North, true },
        { StaffRole.TeamLead, North, South, false },
        { StaffRole.TeamLead, North, null, true },
        { StaffRole.Administrator, null, North, true },
        { StaffRole.Administrator, null, South, true },
        { StaffRole.Administrator, null, null, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Whole_organisation_for_leads_and_administrators_one_team_for_its_staff(StaffRole role, Guid? ownTeam, Guid? team, bool allowed) =>
        Assert.Equal(allowed, AudienceRules.MayAddress(role, ownTeam, team));

    [Theory]
    // role, own team, may post
    [InlineData(StaffRole.Mentor, "north", true)]
    [InlineData(StaffRole.Mentor, null, false)]
    [InlineData(StaffRole.ShadowMentor, "north", true)]
    [InlineData(StaffRole.Counsellor, null, false)]
    [InlineData(StaffRole.BehaviouralScientist, "north", true)]
    [InlineData(StaffRole.BehaviouralScientist, null, false)]
    [InlineData(StaffRole.PrivacyOfficer, null, false)]
    [InlineData(StaffRole.PrivacyOfficer, "north", true)]
    [InlineData(StaffRole.TeamLead, "north", true)]
    [InlineData(StaffRole.TeamLead, null, true)]
    [InlineData(StaffRole.Administrator, null, true)]
    public void Posting_announcements_and_events_needs_some_audience_to_address(StaffRole role, string? ownTeam, bool allowed) =>
        Assert.Equal(allowed, AudienceRules.MayPost(role, ownTeam is null ? null : North));

    [Theory]
    // day, from, next issue
    [InlineData(1, "2026-11-22", "2026-12-01")]
    [InlineData(22, "2026-11-22", "2026-11-22")] // the day itself
    [InlineData(28, "2026-02-01", "2026-02-28")]
    [InlineData(15, "2026-12-16", "2027-01-15")] // into the next year
    public void Next_issue_of_a_monthly_newsletter(int day, string from, string expected) =>
        Assert.Equal(D(expected), AudienceRules.NextIssue(day, D(from)));

    [Theory]
    [InlineData(0)]
    [InlineData(29)]
    public void A_monthly_day_is_between_1_and_28(int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AudienceRules.NextIssue(day, D("2026-11-22")));

    static Arbitrary<DateOnly> Dates() => Gen.Choose(0, 3650).Select(d => new DateOnly(2024, 1, 1).AddDays(d)).ToArbitrary();

    [Property]
    public Property The_next_issue_is_on_the_day_within_a_month_and_never_before_from() =>
        Prop.ForAll(Gen.Choose(1, 28).ToArbitrary(), Dates(), (day, from) =>
        {
            var next = AudienceRules.NextIssue(day, from);
            return next.Day == day && next >= from && next < from.AddMonths(1).AddDays(1)
                   // and no date with that day lies between from and it
                   && Enumerable.Range(0, next.DayNumber - from.DayNumber).All(i => from.AddDays(i).Day != day);
        });

    static Arbitrary<StaffRole> Roles() => Gen.Elements(Enum.GetValues<StaffRole>()).ToArbitrary();
    static Arbitrary<Guid?> Teams() => Gen.Elements<Guid?>(North, South, null).ToArbitrary();

    [Property]
    public Property Who_may_address_the_whole_organisation_may_address_any_team_they_belong_to() =>
        Prop.ForAll(Roles(), Teams(), (role, own) =>
            !AudienceRules.MayAddress(role, own, null) || own is null || AudienceRules.MayAddress(role, own, own));

    [Property]
    public Property Only_administrators_address_a_team_that_is_not_their_own() =>
        Prop.ForAll(Roles(), Teams(), Gen.Elements(North, South).ToArbitrary(), (role, own, team) =>
            !AudienceRules.MayAddress(role, own, team) || own == team || role == StaffRole.Administrator);
}
