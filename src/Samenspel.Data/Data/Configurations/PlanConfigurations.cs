namespace Samenspel.Web.Data.Configurations;

sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.Ignore(x => x.Category);
        foreach (var text in new[] { nameof(Plan.Considerations), nameof(Plan.YouthView), nameof(Plan.CarersView), nameof(Plan.TeamView) })
            b.Property<string?>(text).HasMaxLength(4000);
        b.HasOne<Trajectory>().WithMany().HasForeignKey(x => x.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Goals).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Agreements).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TrajectoryId, x.Version }).IsUnique();
        b.HasIndex(x => x.YouthId);
    }
}

sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.YouthWording).HasMaxLength(500);
        b.Property(x => x.ProfessionalWording).HasMaxLength(500);
        b.Property(x => x.Owner).HasMaxLength(200);
        b.PrimitiveCollection(x => x.Levels);
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.LineageId);
    }
}

sealed class GoalStepConfiguration : IEntityTypeConfiguration<GoalStep>
{
    public void Configure(EntityTypeBuilder<GoalStep> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.Text).HasMaxLength(300);
    }
}

sealed class GoalScoringConfiguration : IEntityTypeConfiguration<GoalScoring>
{
    public void Configure(EntityTypeBuilder<GoalScoring> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.Moment).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Trajectory>().WithMany().HasForeignKey(x => x.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Evaluation>().WithMany().HasForeignKey(x => x.EvaluationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TrajectoryId, x.GoalLineageId });
    }
}

sealed class PlanAgreementConfiguration : IEntityTypeConfiguration<PlanAgreement>
{
    public void Configure(EntityTypeBuilder<PlanAgreement> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.Party).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Comment).HasMaxLength(1000);
        b.HasIndex(x => new { x.PlanId, x.UserId }).IsUnique();
    }
}

sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.WentWell).HasMaxLength(4000);
        b.Property(x => x.DidNotGoWell).HasMaxLength(4000);
        b.Property(x => x.PlanChanges).HasMaxLength(4000);
        b.HasOne<Trajectory>().WithMany().HasForeignKey(x => x.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.TrajectoryId, x.HeldOn });
    }
}

sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> b)
    {
        b.Ignore(x => x.Category);
        b.Ignore(x => x.IsCurrent);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Owner).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Topic).HasMaxLength(100);
        b.Property(x => x.Text).HasMaxLength(2000);
        b.Property(x => x.WhatIsShared).HasMaxLength(1000);
        b.HasOne<Trajectory>().WithMany().HasForeignKey(x => x.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Carer>().WithMany().HasForeignKey(x => x.CarerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TrajectoryId, x.LineageId, x.Version }).IsUnique();
    }
}

sealed class IntakeConfiguration : IEntityTypeConfiguration<Intake>
{
    public void Configure(EntityTypeBuilder<Intake> b)
    {
        b.Ignore(x => x.Category);
        foreach (var p in b.Metadata.ClrType.GetProperties().Where(p => p.PropertyType == typeof(string)))
            b.Property(p.Name).HasMaxLength(4000);
        b.HasOne<Trajectory>().WithMany().HasForeignKey(x => x.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.TrajectoryId).IsUnique();
    }
}

sealed class StartInformationConfiguration : IEntityTypeConfiguration<StartInformation>
{
    public void Configure(EntityTypeBuilder<StartInformation> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.Practical).HasMaxLength(4000);
        b.HasOne<Trajectory>().WithMany().HasForeignKey(x => x.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Recipients).WithOne().HasForeignKey(x => x.StartInformationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.TrajectoryId);
    }
}

sealed class StartRecipientConfiguration : IEntityTypeConfiguration<StartRecipient>
{
    public void Configure(EntityTypeBuilder<StartRecipient> b)
    {
        b.Ignore(x => x.Category);
        b.HasIndex(x => new { x.StartInformationId, x.UserId }).IsUnique();
        b.HasIndex(x => x.UserId);
    }
}
