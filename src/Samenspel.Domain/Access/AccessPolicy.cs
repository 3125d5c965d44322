using Samenspel.Domain.Register;

namespace Samenspel.Domain.Access;

/// <param name="ShieldedByYouth">the youth has shielded this category from this viewer (honoured from 16)</param>
public sealed record AccessQuery(Relation Relation, AgeBand Band, DataCategory Category, AccessAction Action, bool ShieldedByYouth = false);

/// <summary>One recorded item inside a category, as the policy judges it.</summary>
/// <param name="RecordedOn">the Dutch calendar date it was recorded (dated authority compares with it)</param>
/// <param name="ShieldedFromCarers">a professional shielded it from the carers</param>
/// <param name="PersonalToCarer">the carer it belongs to: written, answered or said by them, or a note about contact
/// with them. Null for items about the youth alone.</param>
/// <param name="SharedWithCarers">the professional marked this personal item as shared with the other carers</param>
public sealed record Item(DateOnly RecordedOn, bool ShieldedFromCarers = false, Guid? PersonalToCarer = null, bool SharedWithCarers = false);

/// <summary>The answer of the policy. When allowed, <see cref="VisibleFrom"/>, <see cref="HidesShieldedItems"/> and
/// <see cref="HidesOtherCarersItems"/> narrow which recorded items the viewer may see; <see cref="Shows(Item)"/> applies
/// all three. <see cref="OnlySharedForSupervision"/> narrows alliance measurements to those shared with the viewer;
/// <see cref="ShowsMeasurement"/> applies it.</summary>
/// <param name="HidesOtherCarersItems">the viewer is a carer: an item personal to another carer is hidden unless shared</param>
/// <param name="ViewerCarerId">the viewing carer, whose own items stay visible to them</param>
public sealed record AccessDecision(bool Allowed, string Reason, DateOnly? VisibleFrom = null, bool HidesShieldedItems = false, bool OnlySharedForSupervision = false,
    bool HidesOtherCarersItems = false, Guid? ViewerCarerId = null)
{
    /// <summary>May the viewer see one alliance measurement, given whether it was shared with them for supervision?</summary>
    public bool ShowsMeasurement(bool sharedWithViewer) => Allowed && (!OnlySharedForSupervision || sharedWithViewer);

    public static AccessDecision Deny(string reason) => new(false, reason);

    /// <summary>Allowed only because of a break-glass grant: every audit row written under it is flagged.</summary>
    public bool BreakGlass => Allowed && Reason == AccessPolicy.BreakGlassReason;

    /// <summary>May the viewer see one item about the youth alone, recorded on <paramref name="recordedOn"/> (a Dutch
    /// calendar date)?</summary>
    public bool Shows(DateOnly recordedOn, bool shieldedFromCarers) => Shows(new Item(recordedOn, shieldedFromCarers));

    /// <summary>
    /// May the viewer see one item? Separated parents, as the law reads: what one carer wrote, answered or said, and
    /// notes about contact with one carer, are that carer's and the care team's. So, for a carer viewer:
    /// <list type="bullet">
    /// <item>an item personal to another carer is hidden unless the professional marked it shared; a shared one then
    /// follows the rules for any item (dated authority, shields);</item>
    /// <item>an item personal to the viewer is their own data ("any parent may always see the data about themselves"):
    /// dated authority does not hide it, since authority is about the youth's file, not the parent's own words. A
    /// professional's shield still does, and the viewer must be allowed the category at all.</item>
    /// </list>
    /// Staff and the youth are not narrowed by this rule.
    /// </summary>
    public bool Shows(Item item)
    {
        if (!Allowed || (HidesShieldedItems && item.ShieldedFromCarers)) return false;
        if (HidesOtherCarersItems && item.PersonalToCarer is { } owner)
        {
            if (owner == ViewerCarerId) return true;
            if (!item.SharedWithCarers) return false;
        }
        return VisibleFrom is not { } from || item.RecordedOn >= from;
    }
}

/// <summary>
/// The one rule on who may read or change which category of a youth's data. Everything that shows or
/// changes youth data asks this function (through <c>YouthAccess</c> in the web host); nothing else decides.
/// </summary>
public static class AccessPolicy
{
    static readonly DataCategory[] DailyCarerCategories = [DataCategory.Register, DataCategory.Plan, DataCategory.Messages];

    public const string BreakGlassReason = "break-glass";

    /// <summary>What a break-glass grant opens: what a colleague needs to act in a crisis (who is involved, the plan
    /// and agreements, the intake, recent contact and messages, check-ins). Not the youth's journal, not alliance
    /// results (about the mentor's working relationship) and not the access log.</summary>
    static readonly DataCategory[] EmergencyCategories =
        [DataCategory.Register, DataCategory.Plan, DataCategory.IntakeNotes, DataCategory.ContactLog, DataCategory.Messages, DataCategory.CheckIns];

    public static AccessDecision Decide(AccessQuery q) => q.Action switch
    {
        AccessAction.ShieldFromCarers => ForShielding(q),
        AccessAction.ShareForSupervision => ForSharing(q),
        AccessAction.RequestInformation when q.Relation is not Relation.Carer => AccessDecision.Deny("only carers send an information request"),
        // The family reports absence; the team records what it hears in the contact log. Otherwise it is writing a message.
        AccessAction.ReportAbsence => q.Relation is Relation.Self or Relation.Carer && q.Category == DataCategory.Messages
            ? Decide(q with { Action = AccessAction.Write })
            : AccessDecision.Deny("only the youth and the carers report absence, through messages"),
        _ => q.Relation switch
        {
            Relation.Self => ForSelf(q),
            Relation.Staff staff => ForStaff(staff, q),
            Relation.Carer carer => ForCarer(carer, q),
            _ => AccessDecision.Deny("no relation to this youth"),
        },
    };

    /// <summary>The mentor (or the shadow mentor who administered it) decides to discuss a measurement with a
    /// behavioural scientist: it is about their own working relationship, so nobody else shares it.</summary>
    static AccessDecision ForSharing(AccessQuery q) =>
        q.Relation is Relation.Staff { CareTeamRole: StaffRole.Mentor or StaffRole.ShadowMentor } && q.Category == DataCategory.AllianceAnswers
            ? Allow("mentor shares for supervision")
            : AccessDecision.Deny("only the mentor shares alliance results for supervision");

    /// <summary>Only the youth's own care team can hide an item from the carers; the reason is recorded with it.</summary>
    static AccessDecision ForShielding(AccessQuery q) =>
        q.Relation is Relation.Staff { CareTeamRole: StaffRole.Mentor or StaffRole.ShadowMentor or StaffRole.Counsellor or StaffRole.BehaviouralScientist }
        && q.Category != DataCategory.AccessLog
            ? Allow("care team protects the youth")
            : AccessDecision.Deny("only the care team shields items from carers");

    static AccessDecision ForSelf(AccessQuery q) => q.Action switch
    {
        AccessAction.Read => Allow("own file"),
        _ when q.Category is DataCategory.Journal or DataCategory.CheckIns or DataCategory.AllianceAnswers or DataCategory.Messages
            => Allow("youth writes their own entries"),
        _ => AccessDecision.Deny("the youth does not edit this category"),
    };

    static AccessDecision ForStaff(Relation.Staff staff, AccessQuery q)
    {
        if (q.Action == AccessAction.Write && q.Category == DataCategory.AccessLog)
            return AccessDecision.Deny("the access log is written by the system only");

        // Alliance results are about the mentor's own working relationship. A behavioural scientist, on the care
        // team or not, sees them only when the mentor has shared them for supervision, and then only what was shared.
        if (q.Category == DataCategory.AllianceAnswers && staff.CareTeamRole is null or StaffRole.BehaviouralScientist)
            return staff.SharedForSupervision && q.Action == AccessAction.Read
                ? new AccessDecision(true, "shared for supervision", OnlySharedForSupervision: true)
                : AccessDecision.Deny("alliance results reach an advisor only when the mentor shares them");

        switch (staff.CareTeamRole)
        {
            case StaffRole.Mentor or StaffRole.ShadowMentor or StaffRole.Counsellor:
                return q.Action == AccessAction.Read || q.Category != DataCategory.Journal
                    ? Allow("care team")
                    : AccessDecision.Deny("the journal belongs to the youth");
            case StaffRole.BehaviouralScientist:
                return q.Action == AccessAction.Read || q.Category is DataCategory.Plan or DataCategory.IntakeNotes
                    ? Allow("care team advisor")
                    : AccessDecision.Deny("the advisor only changes plan and intake notes");
        }

        if (staff.AdministersOrganisation && q.Category == DataCategory.Register)
            return Allow("administrator keeps the register");
        if ((staff.LeadsYouthsTeam || staff.CareTeamRole == StaffRole.TeamLead)
            && q.Category == DataCategory.Register && q.Action == AccessAction.Read)
            return Allow("team lead sees who is in the team");
        // Break-glass: a colleague of the same organisation, not on the care team, who recorded a reason, may read
        // (never change) the care data for the grant's short time. It comes last, so ordinary rights keep their reason.
        if (staff.Emergency && q.Action == AccessAction.Read && EmergencyCategories.Contains(q.Category))
            return Allow(BreakGlassReason);
        return AccessDecision.Deny("not on this youth's care team");
    }

    static AccessDecision ForCarer(Relation.Carer carer, AccessQuery q)
    {
        if (q.Band == AgeBand.Adult && !carer.CourtAppointed)
            return AccessDecision.Deny("the youth is an adult");
        if (q.ShieldedByYouth && q.Band is AgeBand.From16To17 or AgeBand.Adult)
            return AccessDecision.Deny("shielded by the youth");

        // Every carer may ask the team for information, and read their own requests with the answers: their own data.
        // The team decides what to tell; a parent without authority gets what one with authority would get.
        if (q.Action == AccessAction.RequestInformation)
            return q.Category == DataCategory.Messages
                ? new AccessDecision(true, "information request: own requests and answers", HidesShieldedItems: true)
                : AccessDecision.Deny("information is asked for through messages");

        var representative = carer.Position.HoldsAuthority() || carer.CourtAppointed;
        if (representative)
        {
            // A legal representative also fills in the parent version of an alliance measurement: their own answers.
            if (q.Action == AccessAction.Write && q.Category is not (DataCategory.Messages or DataCategory.AllianceAnswers))
                return AccessDecision.Deny("carers only write messages and their own alliance answers");
            var from = q.Category == DataCategory.Register || carer.CourtAppointed ? null : carer.AuthoritySince;
            return new AccessDecision(true, "legal representative", from, HidesShieldedItems: true, HidesOtherCarersItems: true, ViewerCarerId: carer.CarerId);
        }

        if (carer.Position == CarerPosition.ParentWithoutAuthority)
            return q is { Category: DataCategory.Register, Action: AccessAction.Read }
                ? new AccessDecision(true, "basic information", HidesShieldedItems: true, HidesOtherCarersItems: true, ViewerCarerId: carer.CarerId)
                : AccessDecision.Deny("basic information only, without authority");

        // Foster parents, step-parents and other daily carers need the plan and the contact with the team.
        if (!DailyCarerCategories.Contains(q.Category))
            return AccessDecision.Deny("not shared with daily carers without authority");
        if (q.Action == AccessAction.Write && q.Category != DataCategory.Messages)
            return AccessDecision.Deny("carers only write messages");
        return new AccessDecision(true, "daily carer", HidesShieldedItems: true, HidesOtherCarersItems: true, ViewerCarerId: carer.CarerId);
    }

    static AccessDecision Allow(string reason) => new(true, reason);

    /// <summary>From 16 a youth decides alone what their parents see, so only then may they shield categories.</summary>
    public static bool MayShieldCategories(AgeBand band) => band is AgeBand.From16To17 or AgeBand.Adult;
}
