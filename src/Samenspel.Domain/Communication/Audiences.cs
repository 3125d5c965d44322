using Samenspel.Domain.Register;

namespace Samenspel.Domain.Communication;

/// <summary>Who an announcement or an event invitation is for.</summary>
public enum Audience
{
    Carers,
    Youths,
    Staff,
    /// <summary>Network contacts of the kind verwijzer.</summary>
    Referrers,
    /// <summary>The other network contacts: school, treating professional, group home.</summary>
    Partners,
}

/// <summary>
/// The one rule for who may address whom. The whole organisation: team leads and administrators. One team: the
/// administrator, and the staff of that team (the team lead of that team included). Nobody addresses another
/// organisation's team; the caller passes only teams of the viewer's own organisation.
/// </summary>
public static class AudienceRules
{
    /// <param name="role">the writer's role in the organisation</param>
    /// <param name="ownTeam">the writer's team, if any</param>
    /// <param name="team">the team addressed, or null for the whole organisation</param>
    public static bool MayAddress(StaffRole role, Guid? ownTeam, Guid? team) => team switch
    {
        null => role is StaffRole.TeamLead or StaffRole.Administrator,
        { } t => role == StaffRole.Administrator || ownTeam == t,
    };

    /// <summary>Who may post announcements and plan events at all: whoever may address some audience, the whole
    /// organisation or their own team. A professional without a team who is not a lead or administrator may not.</summary>
    public static bool MayPost(StaffRole role, Guid? ownTeam) =>
        MayAddress(role, ownTeam, null) || (ownTeam is { } team && MayAddress(role, ownTeam, team));

    /// <summary>A newsletter that appears every month on <paramref name="day"/> (1–28, so every month has it):
    /// the first such date on or after <paramref name="from"/>.</summary>
    public static DateOnly NextIssue(int day, DateOnly from)
    {
        if (day is < 1 or > 28) throw new ArgumentOutOfRangeException(nameof(day), "A day from 1 to 28.");
        var thisMonth = new DateOnly(from.Year, from.Month, day);
        return thisMonth >= from ? thisMonth : thisMonth.AddMonths(1);
    }
}
