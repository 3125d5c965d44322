using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Samenspel.Domain.Access;
using Samenspel.Domain.Register;

namespace Samenspel.Domain.Tests.Access;

/// <summary>Invariants of <see cref="AccessPolicy"/> over generated viewers and queries.</summary>
public class AccessPolicyProperties
{
    const int Runs = 500;

    static readonly DateOnly Epoch = new(2000, 1, 1);

    static Gen<T> AnyOf<T>() where T : struct, Enum => Gen.Elements(Enum.GetValues<T>());

    static readonly Gen<bool> Bools = Gen.Elements(false, true);

    static readonly Gen<DateOnly> Dates = Gen.Choose(0, 365 * 40).Select(Epoch.AddDays);

    static readonly Gen<DateOnly?> MaybeDates =
        Gen.OneOf(Gen.Constant<DateOnly?>(null), Dates.Select(d => (DateOnly?)d));

    static readonly Gen<Relation.Carer> Carers =
        from position in AnyOf<CarerPosition>()
        from since in MaybeDates
        from court in Bools
        select new Relation.Carer(position, since, court);

    static readonly Gen<StaffRole?> CareTeamRoles =
        Gen.OneOf(Gen.Constant<StaffRole?>(null), AnyOf<StaffRole>().Select(r => (StaffRole?)r));

    static readonly Gen<Relation.Staff> OffTeamStaff =
        from lead in Bools
        from admin in Bools
        select new Relation.Staff(null, lead, admin);

    static readonly Gen<Relation.Staff> AnyStaff =
        from role in CareTeamRoles
        from lead in Bools
        from admin in Bools
        from shared in Bools
        select new Relation.Staff(role, lead, admin, shared);

    static readonly Gen<Relation> Relations = Gen.OneOf(
        Gen.Constant<Relation>(new Relation.Self()),
        AnyStaff.Select(s => (Relation)s),
        Carers.Select(c => (Relation)c),
        Gen.Constant<Relation>(new Relation.None()));

    static Gen<AccessQuery> Queries(Gen<Relation> relations, Gen<AgeBand>? bands = null, Gen<bool>? shielded = null) =>
        from r in relations
        from band in bands ?? AnyOf<AgeBand>()
        from category in AnyOf<DataCategory>()
        from action in AnyOf<AccessAction>()
        from shield in shielded ?? Bools
        select new AccessQuery(r, band, category, action, shield);

    /// <summary>A query plus an item (recorded date, shielded from carers) to test <see cref="AccessDecision.Shows"/> with.</summary>
    static Arbitrary<(AccessQuery Query, DateOnly Recorded, bool ShieldedItem)> WithItem(Gen<AccessQuery> queries) =>
        (from q in queries
         from recorded in Dates
         from shieldedItem in Bools
         select (q, recorded, shieldedItem)).ToArbitrary();

    static readonly Gen<AgeBand> SixteenOrOver = Gen.Elements(AgeBand.From16To17, AgeBand.Adult);
    static readonly Gen<AgeBand> UnderSixteen = Gen.Elements(AgeBand.Under12, AgeBand.From12To15);

    [Property(MaxTest = Runs)]
    public Property Youth_of_16_or_over_who_shields_a_category_hides_it_from_every_carer() =>
        Prop.ForAll(
            WithItem(Queries(Carers.Select(c => (Relation)c), SixteenOrOver, Gen.Constant(true))),
            t =>
            {
                var d = AccessPolicy.Decide(t.Query);
                return !d.Allowed && !d.Shows(t.Recorded, t.ShieldedItem);
            });

    [Property(MaxTest = Runs)]
    public Property Under_16_shielding_changes_nothing_for_carers() =>
        Prop.ForAll(
            Queries(Carers.Select(c => (Relation)c), UnderSixteen, Gen.Constant(false)).ToArbitrary(),
            q =>
            {
                var open = AccessPolicy.Decide(q);
                var shielded = AccessPolicy.Decide(q with { ShieldedByYouth = true });
                return open.Allowed == shielded.Allowed
                    && open.VisibleFrom == shielded.VisibleFrom
                    && open.HidesShieldedItems == shielded.HidesShieldedItems;
            });

    [Property(MaxTest = Runs)]
    public Property Professional_off_the_care_team_touches_the_register_only() =>
        Prop.ForAll(
            Queries(OffTeamStaff.Select(s => (Relation)s)).ToArbitrary(),
            q =>
            {
                var d = AccessPolicy.Decide(q);
                var staff = (Relation.Staff)q.Relation;
                if (q.Category != DataCategory.Register || q.Action is AccessAction.ShieldFromCarers or AccessAction.ShareForSupervision or AccessAction.RequestInformation or AccessAction.ReportAbsence) return !d.Allowed;
                // Register: team lead or administrator reads, only the administrator writes.
                return q.Action == AccessAction.Read
                    ? d.Allowed == (staff.LeadsYouthsTeam || staff.AdministersOrganisation)
                    : d.Allowed == staff.AdministersOrganisation;
            });

    [Property(MaxTest = Runs)]
    public Property Only_the_care_team_can_shield_an_item_from_carers() =>
        Prop.ForAll(
            Queries(Gen.Elements<Relation>(
                new Relation.Self(), new Relation.None(), new Relation.Staff(null, true, true),
                new Relation.Carer(CarerPosition.ParentWithAuthority, null, true),
                new Relation.Staff(StaffRole.Mentor, false, false), new Relation.Staff(StaffRole.BehaviouralScientist, false, false))).ToArbitrary(),
            q =>
            {
                var d = AccessPolicy.Decide(q with { Action = AccessAction.ShieldFromCarers });
                var careTeam = q.Relation is Relation.Staff { CareTeamRole: not null };
                return d.Allowed == (careTeam && q.Category != DataCategory.AccessLog);
            });

    [Property(MaxTest = Runs)]
    public Property No_relation_is_always_denied() =>
        Prop.ForAll(
            WithItem(Queries(Gen.Constant<Relation>(new Relation.None()))),
            t =>
            {
                var d = AccessPolicy.Decide(t.Query);
                return !d.Allowed && !d.Shows(t.Recorded, t.ShieldedItem);
            });

    [Property(MaxTest = Runs)]
    public Property Nobody_writes_the_access_log() =>
        Prop.ForAll(
            Queries(Relations).ToArbitrary(),
            q => !AccessPolicy.Decide(q with { Category = DataCategory.AccessLog, Action = AccessAction.Write }).Allowed);

    [Property(MaxTest = Runs)]
    public Property Whatever_a_viewer_may_write_they_may_also_read() =>
        Prop.ForAll(
            Queries(Relations).ToArbitrary(),
            q =>
            {
                var write = AccessPolicy.Decide(q with { Action = AccessAction.Write });
                var read = AccessPolicy.Decide(q with { Action = AccessAction.Read });
                return !write.Allowed || read.Allowed;
            });

    [Property(MaxTest = Runs)]
    public Property Shows_is_never_true_for_a_denied_decision() =>
        Prop.ForAll(
            WithItem(Queries(Relations)),
            t =>
            {
                var d = AccessPolicy.Decide(t.Query);
                return d.Allowed || !d.Shows(t.Recorded, t.ShieldedItem);
            });

    [Property(MaxTest = Runs)]
    public Property Carers_write_nothing_but_messages_and_a_representative_their_alliance_answers() =>
        Prop.ForAll(
            Queries(Carers.Select(c => (Relation)c)).ToArbitrary(),
            q => !AccessPolicy.Decide(q with { Action = AccessAction.Write }).Allowed
                 || q.Category == DataCategory.Messages
                 || (q.Category == DataCategory.AllianceAnswers && q.Relation is Relation.Carer c && (c.Position.HoldsAuthority() || c.CourtAppointed)));

    [Property(MaxTest = Runs)]
    public Property Carers_never_see_an_item_a_professional_shielded() =>
        Prop.ForAll(
            WithItem(Queries(Carers.Select(c => (Relation)c))),
            t => !AccessPolicy.Decide(t.Query).Shows(t.Recorded, shieldedFromCarers: true));

    [Property(MaxTest = Runs)]
    public Property Carers_see_nothing_of_an_adult_unless_court_appointed() =>
        Prop.ForAll(
            Queries(Carers.Select(c => (Relation)c), Gen.Constant(AgeBand.Adult)).ToArbitrary(),
            q => !AccessPolicy.Decide(q).Allowed || ((Relation.Carer)q.Relation).CourtAppointed);

    [Property(MaxTest = Runs)]
    public Property Authority_never_reaches_back_before_its_start_outside_the_register() =>
        Prop.ForAll(
            WithItem(Queries(Carers.Where(c => !c.CourtAppointed && c.AuthoritySince is not null).Select(c => (Relation)c))),
            t =>
            {
                var since = ((Relation.Carer)t.Query.Relation).AuthoritySince!.Value;
                var d = AccessPolicy.Decide(t.Query);
                var shown = d.Shows(t.Recorded, t.ShieldedItem);
                // A carer's own information requests and their answers are the carer's own data, whenever written.
                var mayShowOlder = t.Query.Category == DataCategory.Register || t.Query.Action == AccessAction.RequestInformation
                    || !((Relation.Carer)t.Query.Relation).Position.HoldsAuthority();
                return !shown || t.Recorded >= since || mayShowOlder;
            });

    [Property(MaxTest = Runs)]
    public Property Staff_and_the_youth_see_every_item_of_an_allowed_category() =>
        Prop.ForAll(
            WithItem(Queries(Gen.OneOf(
                Gen.Constant<Relation>(new Relation.Self()),
                AnyStaff.Select(s => (Relation)s)))),
            t =>
            {
                var d = AccessPolicy.Decide(t.Query);
                return d.Shows(t.Recorded, t.ShieldedItem) == d.Allowed;
            });

    [Property(MaxTest = Runs)]
    public Property Care_team_reads_every_category_at_every_age_but_the_advisor_reads_alliance_results_only_when_shared() =>
        Prop.ForAll(
            Queries(Gen.Elements(StaffRole.Mentor, StaffRole.ShadowMentor, StaffRole.Counsellor, StaffRole.BehaviouralScientist)
                .SelectMany(role => Bools.SelectMany(lead => Bools.Select(shared => (Relation)new Relation.Staff(role, lead, false, shared))))).ToArbitrary(),
            q =>
            {
                var staff = (Relation.Staff)q.Relation;
                var waitsForSharing = staff.CareTeamRole == StaffRole.BehaviouralScientist && q.Category == DataCategory.AllianceAnswers;
                return AccessPolicy.Decide(q with { Action = AccessAction.Read }).Allowed == (!waitsForSharing || staff.SharedForSupervision);
            });

    [Property(MaxTest = Runs)]
    public Property Sharing_for_supervision_opens_alliance_results_for_reading_and_nothing_else() =>
        Prop.ForAll(
            Queries(AnyStaff.Select(s => (Relation)s)).ToArbitrary(),
            q =>
            {
                var staff = (Relation.Staff)q.Relation;
                var shared = AccessPolicy.Decide(q with { Relation = staff with { SharedForSupervision = true } });
                var unshared = AccessPolicy.Decide(q with { Relation = staff with { SharedForSupervision = false } });
                // Sharing reaches a behavioural scientist on the care team or a professional off it.
                var advisor = staff.CareTeamRole is null or StaffRole.BehaviouralScientist;
                if (!advisor || q.Category != DataCategory.AllianceAnswers || q.Action != AccessAction.Read)
                    return shared.Allowed == unshared.Allowed;
                return shared.Allowed && !unshared.Allowed && shared.OnlySharedForSupervision;
            });

    [Property(MaxTest = Runs)]
    public Property An_advisor_never_sees_a_measurement_that_was_not_shared_and_the_care_team_sees_them_all() =>
        Prop.ForAll(
            Queries(AnyStaff.Select(s => (Relation)s)).ToArbitrary(),
            q =>
            {
                var staff = (Relation.Staff)q.Relation;
                var d = AccessPolicy.Decide(q with { Category = DataCategory.AllianceAnswers });
                var advisor = staff.CareTeamRole is null or StaffRole.BehaviouralScientist;
                return !advisor || q.Action is AccessAction.ShieldFromCarers or AccessAction.ShareForSupervision
                    ? d.ShowsMeasurement(false) == d.Allowed
                    : !d.ShowsMeasurement(false) && d.ShowsMeasurement(true) == (staff.SharedForSupervision && q.Action == AccessAction.Read);
            });

    [Property(MaxTest = Runs)]
    public Property Only_the_mentor_or_shadow_mentor_shares_and_only_alliance_results() =>
        Prop.ForAll(
            Queries(Relations).ToArbitrary(),
            q =>
            {
                var d = AccessPolicy.Decide(q with { Action = AccessAction.ShareForSupervision });
                var mentor = q.Relation is Relation.Staff { CareTeamRole: StaffRole.Mentor or StaffRole.ShadowMentor };
                return d.Allowed == (mentor && q.Category == DataCategory.AllianceAnswers);
            });
}
