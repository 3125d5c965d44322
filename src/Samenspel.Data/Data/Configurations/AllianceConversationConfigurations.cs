namespace Samenspel.Web.Data.Configurations;

sealed class AllianceActionConfiguration : IEntityTypeConfiguration<AllianceAction>
{
    public void Configure(EntityTypeBuilder<AllianceAction> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.Text).HasMaxLength(AllianceAction.TextLength);
        b.Property(x => x.ReviewNote).HasMaxLength(AllianceAction.NoteLength);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(8);
        b.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Measurement>().WithMany().HasForeignKey(x => x.MeasurementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Measurement>().WithMany().HasForeignKey(x => x.ReviewedInMeasurementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.CreatedBy).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.ReviewedBy).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.YouthId, x.CreatedAt });
        b.HasIndex(x => x.MeasurementId);
        b.HasIndex(x => x.ReviewedInMeasurementId);
    }
}

sealed class SupervisionShareConfiguration : IEntityTypeConfiguration<SupervisionShare>
{
    public void Configure(EntityTypeBuilder<SupervisionShare> b)
    {
        b.Ignore(x => x.Category);
        b.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Measurement>().WithMany().HasForeignKey(x => x.MeasurementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.ScientistId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.SharedBy).OnDelete(DeleteBehavior.Restrict);
        // Shared once per scientist, also when the button is pressed twice.
        b.HasIndex(x => new { x.MeasurementId, x.ScientistId }).IsUnique();
        // The access check asks "is anything of this youth shared with me?" on every staff request.
        b.HasIndex(x => new { x.ScientistId, x.YouthId });
    }
}
