namespace Samenspel.Web.Data.Configurations;

sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b) => b.Property(x => x.Name).HasMaxLength(200);
}
