using Samenspel.Domain.Register;

namespace Samenspel.Domain.Access;

/// <summary>How the viewer stands towards one youth. Built from the register, then judged by <see cref="AccessPolicy"/>.</summary>
public abstract record Relation
{
    /// <summary>The youth themself.</summary>
    public sealed record Self : Relation;

    /// <summary>A professional of the youth's organisation.</summary>
    /// <param name="CareTeamRole">their role on this youth's care team, or null when they are not on it</param>
    /// <param name="LeadsYouthsTeam">team lead of the team that runs the youth's trajectory</param>
    /// <param name="AdministersOrganisation">administrator of the youth's organisation</param>
    /// <param name="SharedForSupervision">the mentor has shared at least one of this youth's alliance measurements
    /// with this professional for supervision</param>
    /// <param name="Emergency">the professional holds an active break-glass grant (noodtoegang) for this youth</param>
    public sealed record Staff(StaffRole? CareTeamRole, bool LeadsYouthsTeam, bool AdministersOrganisation, bool SharedForSupervision = false, bool Emergency = false) : Relation;

    /// <summary>An adult carer linked to the youth.</summary>
    /// <param name="AuthoritySince">the date parental authority started; what was recorded before it stays hidden</param>
    /// <param name="CourtAppointed">appointed by a court as curator or mentor of the adult youth</param>
    /// <param name="CarerId">who the carer is, so that items personal to them (written by or about them) stay theirs;
    /// unknown (null), every carer's personal items are hidden from them unless shared</param>
    public sealed record Carer(CarerPosition Position, DateOnly? AuthoritySince, bool CourtAppointed, Guid? CarerId = null) : Relation;

    /// <summary>Anyone else: another organisation's staff, another family's carer, another youth.</summary>
    public sealed record None : Relation;
}
