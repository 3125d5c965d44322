using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Samenspel.Domain.Access;
using Samenspel.Domain.Register;

namespace Samenspel.Domain.Tests.Access;

/// <summary>Separated parents, as the law reads: what one carer wrote, answered or said, and notes about contact with
/// one carer, are that carer's and the care team's (<see cref="AccessDecision.Shows(Item)"/>).</summary>
public class PersonalItemTests
{
    const int Runs = 500;
    static readonly Guid Mother = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    static readonly Guid Father = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    static readonly DateOnly AuthorityStart = new(2026, 11, 1);
    static readonly DateOnly Before = AuthorityStart.AddDays(-1), After = AuthorityStart.AddDays(1);

    static AccessDecision Decide(Relation relation, DataCategory category = DataCategory.ContactLog, AgeBand band = AgeBand.From12To15) =>
        AccessPolicy.Decide(new AccessQuery(relation, band, category, AccessAction.Read));

    static Relation.Carer Parent(Guid id, DateOnly? since = null) => new(CarerPosition.ParentWithAuthority, since, false, id);

    public static TheoryData<string, Relation, Item, bool> Table() => new()
    {
        { "mother reads her own contact note", Parent(Mother), new Item(After, PersonalToCarer: Mother), true },
        { "father does not read the mother's contact note", Parent(Father), new Item(After, PersonalToCarer: Mother), false },
        { "father reads the mother's note once shared", Parent(Father), new Item(After, PersonalToCarer: Mother, SharedWithCarers: true), true },
        { "a shared note still follows dated authority", Parent(Father, AuthorityStart), new Item(Before, PersonalToCarer: Mother, SharedWithCarers: true), false },
        { "a shared note from the authority date on", Parent(Father, AuthorityStart), new Item(AuthorityStart, PersonalToCarer: Mother, SharedWithCarers: true), true },
        { "own data shows from before the authority date", Parent(Father, AuthorityStart), new Item(Before, PersonalToCarer: Father), true },
        { "own data still hidden when a professional shielded it", Parent(Father), new Item(After, ShieldedFromCarers: true, PersonalToCarer: Father), false },
        { "a youth item before the authority date stays hidden", Parent(Father, AuthorityStart), new Item(Before), false },
        { "a youth item from the authority date shows", Parent(Father, AuthorityStart), new Item(After), true },
        { "a carer of unknown id reads no carer's personal item", new Relation.Carer(CarerPosition.ParentWithAuthority, null, false), new Item(After, PersonalToCarer: Mother), false },
        { "a foster parent does not read the mother's plan comment", new Relation.Carer(CarerPosition.FosterParent, null, false, Father), new Item(After, PersonalToCarer: Mother), false },
        { "the mentor reads every carer's note", new Relation.Staff(StaffRole.Mentor, false, false), new Item(Before, PersonalToCarer: Mother), true },
        { "the youth keeps reading a note about contact with a parent", new Relation.Self(), new Item(Before, PersonalToCarer: Mother), true },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Item_rule_for_separated_parents(string why, Relation viewer, Item item, bool shown)
    {
        var category = viewer is Relation.Carer { Position: CarerPosition.FosterParent } ? DataCategory.Plan : DataCategory.ContactLog;
        Assert.True(shown == Decide(viewer, category).Shows(item), why);
    }

    [Fact]
    public void Own_data_needs_the_category_itself()
    {
        // A parent without authority has no contact log: their own notes reach them through an information request.
        var without = Decide(new Relation.Carer(CarerPosition.ParentWithoutAuthority, null, false, Mother));
        Assert.False(without.Allowed);
        Assert.False(without.Shows(new Item(After, PersonalToCarer: Mother)));
    }

    [Fact]
    public void The_date_only_question_is_the_item_rule_for_youth_items()
    {
        var d = Decide(Parent(Father, AuthorityStart));
        foreach (var day in new[] { Before, AuthorityStart, After })
            foreach (var shielded in new[] { false, true })
                Assert.Equal(d.Shows(new Item(day, shielded)), d.Shows(day, shielded));
    }

    static readonly Gen<DateOnly> Dates = Gen.Choose(0, 3000).Select(new DateOnly(2020, 1, 1).AddDays);
    static readonly Gen<DateOnly?> MaybeDates = Gen.OneOf(Gen.Constant<DateOnly?>(null), Dates.Select(d => (DateOnly?)d));
    static readonly Gen<Guid> Ids = Gen.Choose(1, 4).Select(i => new Guid(i, 0, 0, new byte[8]));
    static readonly Gen<CarerPosition> Positions = Gen.Elements(Enum.GetValues<CarerPosition>());
    static readonly Gen<AgeBand> Bands = Gen.Elements(Enum.GetValues<AgeBand>());
    static readonly Gen<DataCategory> Categories = Gen.Elements(Enum.GetValues<DataCategory>());
    static readonly Gen<bool> Bools = Gen.Elements(false, true);

    static readonly Gen<(Relation.Carer Viewer, AgeBand Band, DataCategory Category, Item Item)> CarerCases =
        from position in Positions
        from since in MaybeDates
        from court in Bools
        from viewer in Ids
        from band in Bands
        from category in Categories
        from owner in Ids
        from recorded in Dates
        from shielded in Bools
        from shared in Bools
        select (new Relation.Carer(position, since, court, viewer), band, category, new Item(recorded, shielded, owner, shared));

    static AccessDecision Decide((Relation.Carer Viewer, AgeBand Band, DataCategory Category, Item Item) c) =>
        AccessPolicy.Decide(new AccessQuery(c.Viewer, c.Band, c.Category, AccessAction.Read));

    [Property(MaxTest = Runs)]
    public Property Another_carers_unshared_item_is_never_shown() =>
        Prop.ForAll(CarerCases.Where(c => c.Item.PersonalToCarer != c.Viewer.CarerId).Select(c => c with { Item = c.Item with { SharedWithCarers = false } }).ToArbitrary(),
            c => !Decide(c).Shows(c.Item));

    [Property(MaxTest = Runs)]
    public Property Own_item_shows_whenever_the_category_is_readable_and_not_shielded() =>
        Prop.ForAll(CarerCases.Select(c => c with { Item = c.Item with { PersonalToCarer = c.Viewer.CarerId } }).ToArbitrary(),
            c => Decide(c).Shows(c.Item) == (Decide(c).Allowed && !c.Item.ShieldedFromCarers));

    [Property(MaxTest = Runs)]
    public Property Shared_item_of_another_carer_shows_as_a_youth_item() =>
        Prop.ForAll(CarerCases.Where(c => c.Item.PersonalToCarer != c.Viewer.CarerId).Select(c => c with { Item = c.Item with { SharedWithCarers = true } }).ToArbitrary(),
            c => Decide(c).Shows(c.Item) == Decide(c).Shows(c.Item.RecordedOn, c.Item.ShieldedFromCarers));

    [Property(MaxTest = Runs)]
    public Property Staff_and_youth_are_not_narrowed_by_whose_item_it_is() =>
        Prop.ForAll(
            (from role in Gen.OneOf(Gen.Constant<StaffRole?>(null), Gen.Elements(Enum.GetValues<StaffRole>()).Select(r => (StaffRole?)r))
             from lead in Bools
             from admin in Bools
             from self in Bools
             from c in CarerCases
             select (Viewer: self ? (Relation)new Relation.Self() : new Relation.Staff(role, lead, admin), c.Band, c.Category, c.Item)).ToArbitrary(),
            c =>
            {
                var d = AccessPolicy.Decide(new AccessQuery(c.Viewer, c.Band, c.Category, AccessAction.Read));
                return d.Shows(c.Item) == d.Shows(c.Item.RecordedOn, c.Item.ShieldedFromCarers);
            });
}
