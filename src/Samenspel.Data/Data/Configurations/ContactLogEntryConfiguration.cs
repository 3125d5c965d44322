namespace Samenspel.Web.Data.Configurations;

sealed class ContactLogEntryConfiguration : IEntityTypeConfiguration<ContactLogEntry>
{
    public void Configure(EntityTypeBuilder<ContactLogEntry> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.With).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Direction).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Reason).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Note).HasMaxLength(ContactLogEntry.NoteLength);
        b.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Trajectory>().WithMany().HasForeignKey(x => x.TrajectoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Carer>().WithMany().HasForeignKey(x => x.CarerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<NetworkContact>().WithMany().HasForeignKey(x => x.NetworkContactId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.RecordedByStaffId).OnDelete(DeleteBehavior.Restrict);
        // The log reads newest first per youth; the rhythm looks up the last reached contact per youth and carer.
        b.HasIndex(x => new { x.YouthId, x.ContactedAt });
        b.HasIndex(x => new { x.YouthId, x.CarerId, x.Reached, x.ContactedOn });
    }
}
