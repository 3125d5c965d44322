namespace Samenspel.Web.Data.Configurations;

sealed class TrajectoryConfiguration : IEntityTypeConfiguration<Trajectory>
{
    public void Configure(EntityTypeBuilder<Trajectory> b)
    {
        b.Ignore(x => x.Category);
        b.Ignore(x => x.MentorId);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        b.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Team>().WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.CareTeam).WithOne().HasForeignKey(x => x.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.YouthId);
        b.HasIndex(x => x.TeamId);
    }
}
