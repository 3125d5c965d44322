namespace Samenspel.Web.Data.Configurations;

sealed class YouthConfiguration : IEntityTypeConfiguration<Youth>
{
    public void Configure(EntityTypeBuilder<Youth> b)
    {
        b.Property(x => x.GivenName).HasMaxLength(100);
        b.Property(x => x.FamilyName).HasMaxLength(100);
        b.Property(x => x.Email).HasMaxLength(256);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithOne().HasForeignKey<Youth>(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.OrganisationId, x.FamilyName });
    }
}
