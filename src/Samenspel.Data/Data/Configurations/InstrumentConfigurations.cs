namespace Samenspel.Web.Data.Configurations;

sealed class InstrumentConfiguration : IEntityTypeConfiguration<Instrument>
{
    public void Configure(EntityTypeBuilder<Instrument> b)
    {
        b.Property(x => x.Key).HasMaxLength(500);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(x => x.InstrumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OrganisationId, x.Key }).IsUnique();
    }
}

sealed class InstrumentVersionConfiguration : IEntityTypeConfiguration<InstrumentVersion>
{
    public void Configure(EntityTypeBuilder<InstrumentVersion> b)
    {
        b.Property(x => x.Version).HasMaxLength(100);
        b.HasMany(x => x.Forms).WithOne().HasForeignKey(x => x.InstrumentVersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Scales).WithOne().HasForeignKey(x => x.InstrumentVersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.InstrumentId, x.Version }).IsUnique();
    }
}

sealed class InstrumentScaleConfiguration : IEntityTypeConfiguration<InstrumentScale>
{
    public void Configure(EntityTypeBuilder<InstrumentScale> b)
    {
        b.Property(x => x.Code).HasMaxLength(100);
        b.HasIndex(x => new { x.InstrumentVersionId, x.Code }).IsUnique();
    }
}

sealed class QuestionnaireFormConfiguration : IEntityTypeConfiguration<QuestionnaireForm>
{
    public void Configure(EntityTypeBuilder<QuestionnaireForm> b)
    {
        b.Property(x => x.Respondent).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Url).HasMaxLength(500);
        b.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.FormId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.InstrumentVersionId, x.Respondent }).IsUnique();
        b.HasIndex(x => x.Url);
    }
}

sealed class QuestionnaireItemConfiguration : IEntityTypeConfiguration<QuestionnaireItem>
{
    public void Configure(EntityTypeBuilder<QuestionnaireItem> b)
    {
        b.Property(x => x.LinkId).HasMaxLength(255);
        b.Property(x => x.ParentLinkId).HasMaxLength(255);
        b.Property(x => x.Type).HasMaxLength(20);
        b.Property(x => x.ScaleCode).HasMaxLength(100);
        b.HasMany(x => x.Options).WithOne().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.FormId, x.LinkId }).IsUnique();
    }
}

sealed class AnswerOptionConfiguration : IEntityTypeConfiguration<AnswerOption>
{
    public void Configure(EntityTypeBuilder<AnswerOption> b)
    {
        b.Property(x => x.Ordinal).HasPrecision(18, 6);
        b.HasIndex(x => new { x.ItemId, x.Order }).IsUnique();
    }
}
