namespace Samenspel.Web.Data.Configurations;

sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.Text).HasMaxLength(4000);
        b.Property(x => x.ShieldReason).HasMaxLength(500);
        b.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.YouthId, x.WrittenAt });
    }
}
