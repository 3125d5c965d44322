namespace Samenspel.Web.Data.Configurations;

sealed class CarerLinkConfiguration : IEntityTypeConfiguration<CarerLink>
{
    public void Configure(EntityTypeBuilder<CarerLink> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.Position).HasConversion<string>().HasMaxLength(32);
        b.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Carer>().WithMany().HasForeignKey(x => x.CarerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.CarerId, x.YouthId }).IsUnique();
        b.HasIndex(x => x.YouthId);
    }
}
