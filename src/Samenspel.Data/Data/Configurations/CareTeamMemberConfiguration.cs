namespace Samenspel.Web.Data.Configurations;

sealed class CareTeamMemberConfiguration : IEntityTypeConfiguration<CareTeamMember>
{
    public void Configure(EntityTypeBuilder<CareTeamMember> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(32);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        // The caseload query and the access check both look up "this staff member, this youth".
        b.HasIndex(x => new { x.StaffMemberId, x.YouthId });
    }
}
