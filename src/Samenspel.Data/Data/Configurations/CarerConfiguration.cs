namespace Samenspel.Web.Data.Configurations;

sealed class CarerConfiguration : IEntityTypeConfiguration<Carer>
{
    public void Configure(EntityTypeBuilder<Carer> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.Phone).HasMaxLength(32);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithOne().HasForeignKey<Carer>(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
