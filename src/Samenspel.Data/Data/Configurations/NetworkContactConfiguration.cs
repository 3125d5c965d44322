namespace Samenspel.Web.Data.Configurations;

sealed class NetworkContactConfiguration : IEntityTypeConfiguration<NetworkContact>
{
    public void Configure(EntityTypeBuilder<NetworkContact> b)
    {
        b.Ignore(x => x.Category);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Organisation).HasMaxLength(200);
        b.Property(x => x.Phone).HasMaxLength(32);
        b.Property(x => x.Email).HasMaxLength(256);
        b.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
    }
}
