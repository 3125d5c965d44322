namespace Samenspel.Web.Data.Configurations;

sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
    }
}
