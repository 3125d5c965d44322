using Samenspel.Domain.Access;
using Samenspel.Domain.Register;

namespace Samenspel.Domain.Tests.Access;

/// <summary>
/// Every combination of viewer × age band × category × action × (shielded or not), checked against a small
/// specification written here, independently of <see cref="AccessPolicy"/>. The specification is a grant
/// table in text ("*" is every category, "-X" takes X away), plus two gates for carers (adult youth, shielding).
/// </summary>
public class AccessPolicyTableTests
{
    static readonly DateOnly AuthorityStart = new(2021, 9, 1);

    /// <summary>How a carer is gated and narrowed; staff and the youth are not.</summary>
    enum Kind { Unlimited, Carer, RepresentativeCarer }

    /// <param name="Reads">categories read, in the grant notation</param>
    /// <param name="Writes">categories written, in the grant notation</param>
    /// <param name="Shields">categories whose single items this viewer may hide from carers</param>
    /// <param name="Shares">categories this viewer may share with a behavioural scientist for supervision</param>
    sealed record Viewer(Relation Relation, string Reads, string Writes, Kind Kind, bool CourtAppointed = false, string Shields = "", string Shares = "");

    const string BreakGlassReads = "Register Plan IntakeNotes ContactLog Messages CheckIns";

    static Relation.Carer Carer(CarerPosition p, bool court) =>
        new(p, p.HoldsAuthority() ? AuthorityStart : null, court);

    static readonly Dictionary<string, Viewer> Viewers = BuildViewers();

    static Dictionary<string, Viewer> BuildViewers()
    {
        var v = new Dictionary<string, Viewer>
        {
            ["youth self"] = new(new Relation.Self(), "*", "Journal CheckIns AllianceAnswers Messages", Kind.Unlimited),
            ["mentor"] = new(new Relation.Staff(StaffRole.Mentor, false, false), "*", "* -Journal -AccessLog", Kind.Unlimited, Shields: "* -AccessLog", Shares: "AllianceAnswers"),
            ["shadow mentor"] = new(new Relation.Staff(StaffRole.ShadowMentor, false, false), "*", "* -Journal -AccessLog", Kind.Unlimited, Shields: "* -AccessLog", Shares: "AllianceAnswers"),
            ["counsellor"] = new(new Relation.Staff(StaffRole.Counsellor, false, false), "*", "* -Journal -AccessLog", Kind.Unlimited, Shields: "* -AccessLog"),
            ["behavioural scientist"] = new(new Relation.Staff(StaffRole.BehaviouralScientist, false, false), "* -AllianceAnswers", "Plan IntakeNotes", Kind.Unlimited, Shields: "* -AccessLog"),
            ["behavioural scientist, shared for supervision"] = new(new Relation.Staff(StaffRole.BehaviouralScientist, false, false, SharedForSupervision: true), "*", "Plan IntakeNotes", Kind.Unlimited, Shields: "* -AccessLog"),
            ["advisor off care team, shared for supervision"] = new(new Relation.Staff(null, false, false, SharedForSupervision: true), "AllianceAnswers", "", Kind.Unlimited),
            ["team lead off care team"] = new(new Relation.Staff(null, true, false), "Register", "", Kind.Unlimited),
            ["administrator off care team"] = new(new Relation.Staff(null, false, true), "Register", "Register", Kind.Unlimited),
            ["staff without relation"] = new(new Relation.Staff(null, false, false), "", "", Kind.Unlimited),
            // Break-glass (noodtoegang): read-only, and not the journal, alliance results or the access log.
            ["colleague with a break-glass grant"] = new(new Relation.Staff(null, false, false, Emergency: true), BreakGlassReads, "", Kind.Unlimited),
            ["administrator with a break-glass grant"] = new(new Relation.Staff(null, false, true, Emergency: true), BreakGlassReads, "Register", Kind.Unlimited),
            ["mentor with a break-glass grant"] = new(new Relation.Staff(StaffRole.Mentor, false, false, Emergency: true), "*", "* -Journal -AccessLog", Kind.Unlimited, Shields: "* -AccessLog", Shares: "AllianceAnswers"),
            ["stranger"] = new(new Relation.None(), "", "", Kind.Unlimited),
        };
        foreach (var court in new[] { false, true })
        {
            var suffix = court ? " (court appointed)" : "";
            v["parent with authority" + suffix] = new(Carer(CarerPosition.ParentWithAuthority, court), "*", "Messages AllianceAnswers", Kind.RepresentativeCarer, court);
            v["guardian" + suffix] = new(Carer(CarerPosition.Guardian, court), "*", "Messages AllianceAnswers", Kind.RepresentativeCarer, court);
            // A court appointment makes any carer a legal representative.
            v["parent without authority" + suffix] = court
                ? new(Carer(CarerPosition.ParentWithoutAuthority, court), "*", "Messages AllianceAnswers", Kind.RepresentativeCarer, court)
                : new(Carer(CarerPosition.ParentWithoutAuthority, court), "Register", "", Kind.Carer, court);
            foreach (var daily in new[] { CarerPosition.FosterParent, CarerPosition.StepParent, CarerPosition.OtherCarer })
                v[daily + suffix] = court
                    ? new(Carer(daily, court), "*", "Messages AllianceAnswers", Kind.RepresentativeCarer, court)
                    : new(Carer(daily, court), "Register Plan Messages", "Messages", Kind.Carer, court);
        }
        return v;
    }

    static bool Grants(string grant, DataCategory c)
    {
        var words = grant.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var all = words.Contains("*");
        if (words.Contains("-" + c)) return false;
        return all || words.Contains(c.ToString());
    }

    sealed record Expected(bool Allowed, DateOnly? VisibleFrom = null, bool Hides = false, bool OnlyShared = false);

    static Expected Spec(Viewer v, AgeBand band, DataCategory c, AccessAction a, bool shielded)
    {
        if (a == AccessAction.ShieldFromCarers) return new(Grants(v.Shields, c));
        if (a == AccessAction.ShareForSupervision) return new(Grants(v.Shares, c));
        // The youth and the carers report absence where they may write messages; staff never do.
        if (a == AccessAction.ReportAbsence)
            return v.Relation is Relation.Self or Relation.Carer && c == DataCategory.Messages
                ? Spec(v, band, c, AccessAction.Write, shielded)
                : new(false);
        if (a == AccessAction.RequestInformation)
        {
            // Every carer, with authority or without, may ask the team for information through messages and read
            // their own requests with the answers; the two carer gates still apply. Nobody else asks.
            if (v.Kind == Kind.Unlimited || c != DataCategory.Messages) return new(false);
            if (band == AgeBand.Adult && !v.CourtAppointed) return new(false);
            if (shielded && band is AgeBand.From16To17 or AgeBand.Adult) return new(false);
            return new(true, Hides: true);
        }
        var granted = Grants(a == AccessAction.Read ? v.Reads : v.Writes, c) && !(a == AccessAction.Write && c == DataCategory.AccessLog);
        if (v.Kind == Kind.Unlimited)
            // An advisor who reads alliance results through sharing sees only the measurements shared with them.
            return new(granted, OnlyShared: granted && c == DataCategory.AllianceAnswers
                && v.Relation is Relation.Staff { SharedForSupervision: true, CareTeamRole: null or StaffRole.BehaviouralScientist });

        var sixteenOrOver = band is AgeBand.From16To17 or AgeBand.Adult;
        if (band == AgeBand.Adult && !v.CourtAppointed) return new(false);
        if (shielded && sixteenOrOver) return new(false);
        if (!granted) return new(false);

        DateOnly? from = v.Kind == Kind.RepresentativeCarer && !v.CourtAppointed && c != DataCategory.Register
            ? ((Relation.Carer)v.Relation).AuthoritySince
            : null;
        return new(true, from, Hides: true);
    }

    public static IEnumerable<object[]> AllCombinations() =>
        from viewer in Viewers.Keys
        from band in Enum.GetValues<AgeBand>()
        from category in Enum.GetValues<DataCategory>()
        from action in Enum.GetValues<AccessAction>()
        from shielded in new[] { false, true }
        select new object[] { viewer, band, category, action, shielded };

    [Fact]
    public void The_table_enumerates_every_combination()
    {
        Assert.Equal(26, Viewers.Count);
        Assert.Equal(26 * 4 * 9 * 6 * 2, AllCombinations().Count());
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void Decision_matches_the_specification(string viewer, AgeBand band, DataCategory category, AccessAction action, bool shielded)
    {
        var v = Viewers[viewer];
        var expected = Spec(v, band, category, action, shielded);

        var d = AccessPolicy.Decide(new AccessQuery(v.Relation, band, category, action, shielded));

        Assert.Equal(expected.Allowed, d.Allowed);
        if (expected.Allowed)
        {
            Assert.Equal(expected.VisibleFrom, d.VisibleFrom);
            Assert.Equal(expected.Hides, d.HidesShieldedItems);
            Assert.Equal(expected.OnlyShared, d.OnlySharedForSupervision);
        }
        Assert.False(string.IsNullOrWhiteSpace(d.Reason));
    }

    // ---- Named legal cases ----

    [Fact]
    public void A_break_glass_grant_opens_reading_only_and_marks_exactly_what_it_opened()
    {
        var colleague = new Relation.Staff(null, false, false, Emergency: true);
        var plan = Decide(colleague, AgeBand.From12To15, DataCategory.Plan);
        Assert.True(plan.Allowed);
        Assert.True(plan.BreakGlass);
        Assert.False(Decide(colleague, AgeBand.From12To15, DataCategory.Plan, AccessAction.Write).Allowed);
        Assert.False(Decide(colleague, AgeBand.From12To15, DataCategory.Journal).Allowed);
        Assert.False(Decide(colleague, AgeBand.From12To15, DataCategory.Journal).BreakGlass);
        // Without the grant (expired: the register no longer reports it) the same colleague reads nothing.
        Assert.False(Decide(colleague with { Emergency = false }, AgeBand.From12To15, DataCategory.Plan).Allowed);
        // What an ordinary right already allows keeps its own reason: no emergency flag on the audit row.
        Assert.False(Decide(new Relation.Staff(null, false, true, Emergency: true), AgeBand.From12To15, DataCategory.Register).BreakGlass);
        Assert.False(Decide(new Relation.Staff(StaffRole.Mentor, false, false, Emergency: true), AgeBand.From12To15, DataCategory.Plan).BreakGlass);
    }

    static AccessDecision Decide(Relation r, AgeBand band, DataCategory c, AccessAction a = AccessAction.Read, bool shielded = false) =>
        AccessPolicy.Decide(new AccessQuery(r, band, c, a, shielded));

    static readonly Relation.Carer ParentWithAuthority = new(CarerPosition.ParentWithAuthority, AuthorityStart, false);
    static readonly Relation.Carer ParentWithoutAuthority = new(CarerPosition.ParentWithoutAuthority, null, false);
    static readonly Relation.Staff Mentor = new(StaffRole.Mentor, false, false);

    [Fact]
    public void Parent_without_authority_cannot_read_plan()
    {
        foreach (var band in new[] { AgeBand.Under12, AgeBand.From12To15, AgeBand.From16To17 })
            Assert.False(Decide(ParentWithoutAuthority, band, DataCategory.Plan).Allowed);
    }

    [Fact]
    public void Parent_without_authority_gets_basic_register_information_only()
    {
        var register = Decide(ParentWithoutAuthority, AgeBand.From12To15, DataCategory.Register);
        Assert.True(register.Allowed);
        Assert.True(register.HidesShieldedItems);
        Assert.False(Decide(ParentWithoutAuthority, AgeBand.From12To15, DataCategory.Register, AccessAction.Write).Allowed);
        Assert.False(Decide(ParentWithoutAuthority, AgeBand.From12To15, DataCategory.Messages).Allowed);
        Assert.False(Decide(ParentWithoutAuthority, AgeBand.From12To15, DataCategory.Messages, AccessAction.Write).Allowed);
    }

    [Fact]
    public void Parent_without_authority_may_send_an_information_request_and_nothing_else_opens()
    {
        foreach (var band in new[] { AgeBand.Under12, AgeBand.From12To15, AgeBand.From16To17 })
        {
            var ask = Decide(ParentWithoutAuthority, band, DataCategory.Messages, AccessAction.RequestInformation);
            Assert.True(ask.Allowed);
            Assert.Null(ask.VisibleFrom); // their own requests and answers, whenever written
            Assert.True(ask.HidesShieldedItems);
            foreach (var c in Enum.GetValues<DataCategory>().Where(c => c != DataCategory.Messages))
                Assert.False(Decide(ParentWithoutAuthority, band, c, AccessAction.RequestInformation).Allowed, $"{c}");
            foreach (var c in Enum.GetValues<DataCategory>().Where(c => c != DataCategory.Register))
                foreach (var a in new[] { AccessAction.Read, AccessAction.Write })
                    Assert.False(Decide(ParentWithoutAuthority, band, c, a).Allowed, $"{c} {a}");
        }
        // A youth of 16 who shields messages from this parent, or a youth of 18, closes it too.
        Assert.False(Decide(ParentWithoutAuthority, AgeBand.From16To17, DataCategory.Messages, AccessAction.RequestInformation, shielded: true).Allowed);
        Assert.False(Decide(ParentWithoutAuthority, AgeBand.Adult, DataCategory.Messages, AccessAction.RequestInformation).Allowed);
        // Staff and the youth do not send information requests; they read and write messages.
        Assert.False(Decide(Mentor, AgeBand.From12To15, DataCategory.Messages, AccessAction.RequestInformation).Allowed);
        Assert.False(Decide(new Relation.Self(), AgeBand.From12To15, DataCategory.Messages, AccessAction.RequestInformation).Allowed);
    }

    [Fact]
    public void Parent_with_authority_sees_nothing_once_youth_is_18()
    {
        Assert.True(Decide(ParentWithAuthority, AgeBand.From16To17, DataCategory.Register).Allowed);
        foreach (var c in Enum.GetValues<DataCategory>())
            foreach (var a in Enum.GetValues<AccessAction>())
                Assert.False(Decide(ParentWithAuthority, AgeBand.Adult, c, a).Allowed, $"{c} {a}");
    }

    [Fact]
    public void Court_appointed_mentor_keeps_access_after_18()
    {
        var courtMentor = new Relation.Carer(CarerPosition.ParentWithAuthority, AuthorityStart, CourtAppointed: true);

        var plan = Decide(courtMentor, AgeBand.Adult, DataCategory.Plan);
        Assert.True(plan.Allowed);
        Assert.Null(plan.VisibleFrom);
        Assert.True(plan.Shows(AuthorityStart.AddYears(-3), shieldedFromCarers: false));
        Assert.True(Decide(courtMentor, AgeBand.Adult, DataCategory.Messages, AccessAction.Write).Allowed);
        Assert.False(Decide(courtMentor, AgeBand.Adult, DataCategory.Plan, AccessAction.Write).Allowed);
        // The adult can still shield a category from the court-appointed mentor.
        Assert.False(Decide(courtMentor, AgeBand.Adult, DataCategory.Plan, shielded: true).Allowed);
    }

    [Fact]
    public void Court_appointment_gives_a_foster_parent_representative_access_after_18()
    {
        var foster = new Relation.Carer(CarerPosition.FosterParent, null, CourtAppointed: false);
        var courtFoster = foster with { CourtAppointed = true };
        Assert.False(Decide(foster, AgeBand.Adult, DataCategory.Register).Allowed);
        Assert.True(Decide(courtFoster, AgeBand.Adult, DataCategory.ContactLog).Allowed);
    }

    [Fact]
    public void Youth_of_15_cannot_shield_a_category_from_parents()
    {
        var shielded = Decide(ParentWithAuthority, AgeBand.From12To15, DataCategory.Journal, shielded: true);
        Assert.True(shielded.Allowed);
        Assert.False(AccessPolicy.MayShieldCategories(AgeBand.From12To15));
        Assert.False(AccessPolicy.MayShieldCategories(AgeBand.Under12));
    }

    [Fact]
    public void Youth_of_16_shields_a_category_from_every_carer()
    {
        Assert.True(AccessPolicy.MayShieldCategories(AgeBand.From16To17));
        Assert.True(AccessPolicy.MayShieldCategories(AgeBand.Adult));
        foreach (var p in Enum.GetValues<CarerPosition>())
        {
            var carer = new Relation.Carer(p, AuthorityStart, false);
            Assert.False(Decide(carer, AgeBand.From16To17, DataCategory.Register, shielded: true).Allowed, p.ToString());
            Assert.False(Decide(carer, AgeBand.From16To17, DataCategory.Messages, AccessAction.Write, shielded: true).Allowed, p.ToString());
        }
        // Other categories, not shielded, stay visible.
        Assert.True(Decide(ParentWithAuthority, AgeBand.From16To17, DataCategory.Journal).Allowed);
    }

    [Fact]
    public void Shielding_from_carers_does_not_hide_the_category_from_the_mentor()
    {
        Assert.True(Decide(Mentor, AgeBand.From16To17, DataCategory.Journal, shielded: true).Allowed);
    }

    [Fact]
    public void Authority_does_not_reach_back_before_its_start_date()
    {
        var plan = Decide(ParentWithAuthority, AgeBand.From12To15, DataCategory.Plan);
        Assert.Equal(AuthorityStart, plan.VisibleFrom);
        Assert.False(plan.Shows(AuthorityStart.AddDays(-1), shieldedFromCarers: false));
        Assert.True(plan.Shows(AuthorityStart, shieldedFromCarers: false));
        Assert.True(plan.Shows(AuthorityStart.AddDays(1), shieldedFromCarers: false));

        // The register (who is who) is not dated: a new guardian sees it whole.
        var register = Decide(ParentWithAuthority, AgeBand.From12To15, DataCategory.Register);
        Assert.Null(register.VisibleFrom);
        Assert.True(register.Shows(AuthorityStart.AddYears(-5), shieldedFromCarers: false));
    }

    [Fact]
    public void Professional_shielded_item_is_hidden_from_carers_but_not_from_staff()
    {
        var recorded = AuthorityStart.AddMonths(2);
        foreach (var p in Enum.GetValues<CarerPosition>())
        {
            var carer = new Relation.Carer(p, AuthorityStart, false);
            var d = Decide(carer, AgeBand.From12To15, DataCategory.Register);
            Assert.True(d.Shows(recorded, shieldedFromCarers: false), p.ToString());
            Assert.False(d.Shows(recorded, shieldedFromCarers: true), p.ToString());
        }
        foreach (var staff in new Relation[] { Mentor, new Relation.Staff(StaffRole.BehaviouralScientist, false, false), new Relation.Staff(null, true, false) })
            Assert.True(Decide(staff, AgeBand.From12To15, DataCategory.Register).Shows(recorded, shieldedFromCarers: true));
        Assert.True(Decide(new Relation.Self(), AgeBand.From12To15, DataCategory.Register).Shows(recorded, shieldedFromCarers: true));
    }

    [Fact]
    public void Mentor_cannot_write_in_the_youths_journal_but_reads_it()
    {
        Assert.True(Decide(Mentor, AgeBand.From12To15, DataCategory.Journal).Allowed);
        Assert.False(Decide(Mentor, AgeBand.From12To15, DataCategory.Journal, AccessAction.Write).Allowed);
        Assert.True(Decide(Mentor, AgeBand.From12To15, DataCategory.Plan, AccessAction.Write).Allowed);
    }

    [Fact]
    public void Behavioural_scientist_changes_only_plan_and_intake_notes()
    {
        var bs = new Relation.Staff(StaffRole.BehaviouralScientist, false, false);
        Assert.True(Decide(bs, AgeBand.From16To17, DataCategory.IntakeNotes, AccessAction.Write).Allowed);
        Assert.True(Decide(bs, AgeBand.From16To17, DataCategory.Plan, AccessAction.Write).Allowed);
        Assert.False(Decide(bs, AgeBand.From16To17, DataCategory.ContactLog, AccessAction.Write).Allowed);
        Assert.True(Decide(bs, AgeBand.From16To17, DataCategory.ContactLog).Allowed);
    }

    [Fact]
    public void Behavioural_scientist_sees_alliance_results_only_of_a_measurement_the_mentor_shared()
    {
        var bs = new Relation.Staff(StaffRole.BehaviouralScientist, false, false);
        Assert.False(Decide(bs, AgeBand.From12To15, DataCategory.AllianceAnswers).Allowed);
        var shared = Decide(bs with { SharedForSupervision = true }, AgeBand.From12To15, DataCategory.AllianceAnswers);
        Assert.True(shared.ShowsMeasurement(sharedWithViewer: true));
        Assert.False(shared.ShowsMeasurement(sharedWithViewer: false));
        Assert.False(Decide(bs with { SharedForSupervision = true }, AgeBand.From12To15, DataCategory.AllianceAnswers, AccessAction.Write).Allowed);
        // Off the care team, sharing opens the alliance results and nothing else.
        var advisor = new Relation.Staff(null, false, false, SharedForSupervision: true);
        Assert.True(Decide(advisor, AgeBand.From12To15, DataCategory.AllianceAnswers).ShowsMeasurement(true));
        Assert.False(Decide(advisor, AgeBand.From12To15, DataCategory.Plan).Allowed);
        Assert.False(Decide(advisor, AgeBand.From12To15, DataCategory.Register).Allowed);
        // The mentor sees every measurement, shared or not.
        Assert.True(Decide(Mentor, AgeBand.From12To15, DataCategory.AllianceAnswers).ShowsMeasurement(false));
    }

    [Fact]
    public void Team_lead_off_the_care_team_sees_who_is_in_the_team_and_nothing_more()
    {
        var lead = new Relation.Staff(null, LeadsYouthsTeam: true, AdministersOrganisation: false);
        Assert.True(Decide(lead, AgeBand.From12To15, DataCategory.Register).Allowed);
        Assert.False(Decide(lead, AgeBand.From12To15, DataCategory.Register, AccessAction.Write).Allowed);
        Assert.False(Decide(lead, AgeBand.From12To15, DataCategory.Plan).Allowed);
        Assert.False(Decide(lead, AgeBand.From12To15, DataCategory.AccessLog).Allowed);
    }

    [Fact]
    public void Administrator_keeps_the_register_but_reads_no_care_data()
    {
        var admin = new Relation.Staff(null, LeadsYouthsTeam: false, AdministersOrganisation: true);
        Assert.True(Decide(admin, AgeBand.Adult, DataCategory.Register, AccessAction.Write).Allowed);
        Assert.False(Decide(admin, AgeBand.Adult, DataCategory.Plan).Allowed);
        Assert.False(Decide(admin, AgeBand.Adult, DataCategory.AccessLog).Allowed);
    }

    [Fact]
    public void Foster_parent_reads_the_plan_and_writes_messages_but_never_the_journal()
    {
        var foster = new Relation.Carer(CarerPosition.FosterParent, null, false);
        Assert.True(Decide(foster, AgeBand.Under12, DataCategory.Plan).Allowed);
        Assert.False(Decide(foster, AgeBand.Under12, DataCategory.Plan, AccessAction.Write).Allowed);
        Assert.True(Decide(foster, AgeBand.Under12, DataCategory.Messages, AccessAction.Write).Allowed);
        Assert.False(Decide(foster, AgeBand.Under12, DataCategory.Journal).Allowed);
        Assert.Null(Decide(foster, AgeBand.Under12, DataCategory.Plan).VisibleFrom);
    }

    [Fact]
    public void Youth_reads_their_access_log_but_nobody_writes_it()
    {
        Assert.True(Decide(new Relation.Self(), AgeBand.From12To15, DataCategory.AccessLog).Allowed);
        foreach (var v in Viewers.Values)
            foreach (var band in Enum.GetValues<AgeBand>())
                Assert.False(Decide(v.Relation, band, DataCategory.AccessLog, AccessAction.Write).Allowed);
    }

    [Fact]
    public void Youth_does_not_edit_their_plan_or_register()
    {
        Assert.False(Decide(new Relation.Self(), AgeBand.Adult, DataCategory.Plan, AccessAction.Write).Allowed);
        Assert.False(Decide(new Relation.Self(), AgeBand.Adult, DataCategory.Register, AccessAction.Write).Allowed);
        Assert.True(Decide(new Relation.Self(), AgeBand.Under12, DataCategory.Journal, AccessAction.Write).Allowed);
    }

    [Fact]
    public void Stranger_sees_nothing()
    {
        foreach (var c in Enum.GetValues<DataCategory>())
            Assert.False(Decide(new Relation.None(), AgeBand.Under12, c).Allowed);
    }

    [Fact]
    public void A_denied_decision_shows_nothing()
    {
        var denied = Decide(ParentWithoutAuthority, AgeBand.From12To15, DataCategory.Plan);
        Assert.False(denied.Shows(AuthorityStart.AddYears(1), shieldedFromCarers: false));
        Assert.False(AccessDecision.Deny("x").Shows(new DateOnly(2030, 1, 1), false));
    }

    static DateOnly Iso(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(true, null, false, "2020-01-01", false, true)]
    [InlineData(true, null, false, "2020-01-01", true, true)]
    [InlineData(true, null, true, "2020-01-01", true, false)]
    [InlineData(true, "2021-09-01", false, "2021-08-31", false, false)]
    [InlineData(true, "2021-09-01", false, "2021-09-01", false, true)]
    [InlineData(true, "2021-09-01", true, "2021-09-02", false, true)]
    [InlineData(true, "2021-09-01", true, "2021-09-02", true, false)]
    [InlineData(false, null, false, "2021-09-02", false, false)]
    public void Shows_applies_start_date_and_shielding(bool allowed, string? from, bool hides, string recorded, bool shielded, bool expected)
    {
        var d = new AccessDecision(allowed, "test", from is null ? null : Iso(from), hides);
        Assert.Equal(expected, d.Shows(Iso(recorded), shielded));
    }
}
