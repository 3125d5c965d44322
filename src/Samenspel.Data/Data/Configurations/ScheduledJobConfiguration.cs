using Samenspel.Web.Jobs;

namespace Samenspel.Web.Data.Configurations;

sealed class ScheduledJobConfiguration : IEntityTypeConfiguration<ScheduledJob>
{
    public void Configure(EntityTypeBuilder<ScheduledJob> b)
    {
        b.Property(x => x.Name).HasMaxLength(64);
        b.HasIndex(x => x.Name).IsUnique();
        b.Property(x => x.LastError).HasMaxLength(ScheduledJob.ErrorLength);
    }
}
