namespace Samenspel.Web.Data.Configurations;

sealed class EmergencyAccessConfiguration : IEntityTypeConfiguration<EmergencyAccess>
{
    public void Configure(EntityTypeBuilder<EmergencyAccess> b)
    {
        b.ToTable("EmergencyAccesses");
        b.Property(x => x.Reason).HasMaxLength(EmergencyAccess.ReasonMaxLength);
        // A destroyed file takes its grants with it (the audit rows, which hold only ids, stay); a grant keeps its
        // professional, so that the privacy officer can always see who it was.
        b.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.StaffMemberId, x.Until });
        b.HasIndex(x => new { x.OrganisationId, x.From });
    }
}
