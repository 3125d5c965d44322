namespace Samenspel.Web.Data.Configurations;

sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.Purpose).HasConversion<string>().HasMaxLength(8);
        b.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Trajectory>().WithMany().HasForeignKey(x => x.TrajectoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<InstrumentVersion>().WithMany().HasForeignKey(x => x.InstrumentVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.CreatedBy).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TrajectoryId, x.PlannedOn });
        b.HasIndex(x => new { x.YouthId, x.PlannedOn });
    }
}

sealed class ResponseConfiguration : IEntityTypeConfiguration<Response>
{
    public void Configure(EntityTypeBuilder<Response> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.Respondent).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Measurement>().WithMany().HasForeignKey(x => x.MeasurementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<QuestionnaireForm>().WithMany().HasForeignKey(x => x.FormId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.EnteredBy).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Answers).WithOne().HasForeignKey(x => x.ResponseId).OnDelete(DeleteBehavior.Cascade);
        // The idempotency key: a second submit of the same form finds the first response.
        b.HasIndex(x => x.SubmissionId).IsUnique();
        // One response per respondent and form in a measurement, also when two tabs or two devices start one.
        b.HasIndex(x => new { x.MeasurementId, x.FormId, x.RespondentPersonId }).IsUnique();
        b.HasIndex(x => new { x.YouthId, x.Status });
        b.HasIndex(x => new { x.RespondentPersonId, x.Status });
    }
}

sealed class ResponseAnswerConfiguration : IEntityTypeConfiguration<ResponseAnswer>
{
    public void Configure(EntityTypeBuilder<ResponseAnswer> b)
    {
        b.Ignore(x => x.HasValue);
        b.Property(x => x.LinkId).HasMaxLength(255);
        b.Property(x => x.ValueSystem).HasMaxLength(500);
        b.Property(x => x.ValueCode).HasMaxLength(255);
        b.Property(x => x.ValueDisplay).HasMaxLength(500);
        b.Property(x => x.ValueString).HasMaxLength(ResponseAnswer.StringLength);
        b.Property(x => x.Comment).HasMaxLength(ResponseAnswer.CommentLength);
        b.Property(x => x.Ordinal).HasPrecision(18, 6);
        // One answer per item: the fill-in form does not offer repeating items.
        b.HasIndex(x => new { x.ResponseId, x.LinkId }).IsUnique();
    }
}
