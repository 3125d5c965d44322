namespace Samenspel.Web.Data.Configurations;

sealed class CategoryShieldConfiguration : IEntityTypeConfiguration<CategoryShield>
{
    public void Configure(EntityTypeBuilder<CategoryShield> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.ShieldedCategory).HasConversion<string>().HasMaxLength(32);
        b.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Carer>().WithMany().HasForeignKey(x => x.CarerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.YouthId, x.CarerId, x.ShieldedCategory }).IsUnique();
    }
}
