namespace Samenspel.Web.Data.Configurations;

sealed class MessageThreadConfiguration : IEntityTypeConfiguration<MessageThread>
{
    public void Configure(EntityTypeBuilder<MessageThread> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.Party).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Trajectory>().WithMany().HasForeignKey(x => x.TrajectoryId).OnDelete(DeleteBehavior.Restrict);
        // One thread per family member per trajectory, also when two requests start it at once.
        b.HasIndex(x => new { x.TrajectoryId, x.MemberId }).IsUnique();
        b.HasIndex(x => new { x.YouthId, x.MemberId });
    }
}

sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.Sender).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Text).HasMaxLength(Message.TextLength);
        b.Property(x => x.AttachmentName).HasMaxLength(200);
        b.Property(x => x.AttachmentType).HasMaxLength(50);
        b.HasOne<MessageThread>().WithMany().HasForeignKey(x => x.ThreadId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.SenderStaffId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ThreadId, x.SentAt });
        b.HasIndex(x => new { x.YouthId, x.NeedsAnswer });
        b.HasIndex(x => x.NotifiedAt);
    }
}

sealed class MessageAttachmentConfiguration : IEntityTypeConfiguration<MessageAttachment>
{
    public void Configure(EntityTypeBuilder<MessageAttachment> b)
    {
        b.HasKey(x => x.MessageId);
        b.HasOne<Message>().WithOne().HasForeignKey<MessageAttachment>(x => x.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class MessageReadConfiguration : IEntityTypeConfiguration<MessageRead>
{
    public void Configure(EntityTypeBuilder<MessageRead> b)
    {
        b.HasKey(x => new { x.MessageId, x.ReaderId });
        b.HasOne<Message>().WithMany().HasForeignKey(x => x.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class CarerRequestConfiguration : IEntityTypeConfiguration<CarerRequest>
{
    public void Configure(EntityTypeBuilder<CarerRequest> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Text).HasMaxLength(CarerRequest.TextLength);
        b.Property(x => x.Answer).HasMaxLength(CarerRequest.TextLength);
        b.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Trajectory>().WithMany().HasForeignKey(x => x.TrajectoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Carer>().WithMany().HasForeignKey(x => x.CarerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.AnsweredByStaffId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.YouthId, x.Status });
    }
}

sealed class AbsenceReportConfiguration : IEntityTypeConfiguration<AbsenceReport>
{
    public void Configure(EntityTypeBuilder<AbsenceReport> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Note).HasMaxLength(AbsenceReport.NoteLength);
        b.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Trajectory>().WithMany().HasForeignKey(x => x.TrajectoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Carer>().WithMany().HasForeignKey(x => x.ReportedByCarerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.YouthId, x.Until });
        b.HasIndex(x => x.NotifiedAt);
    }
}
