using Samenspel.Web.Audit;

namespace Samenspel.Web.Data.Configurations;

/// <summary>Kept small on purpose: every page view of youth data appends one row. No foreign keys, so that the
/// trail outlives what it describes.</summary>
sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.Property(x => x.EventType).HasMaxLength(32);
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Role).HasMaxLength(32);
        b.Property(x => x.Client).HasMaxLength(40);
        b.Property(x => x.ObjectType).HasMaxLength(40);
        b.Property(x => x.ObjectId).HasMaxLength(40);
        b.Property(x => x.IpAddress).HasMaxLength(45);
        b.Property(x => x.PreviousHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.HasIndex(x => new { x.OrganisationId, x.Sequence }).IsUnique();
        b.HasIndex(x => new { x.YouthId, x.OccurredAt });
    }
}

sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        b.HasKey(x => x.OrganisationId);
        b.Property(x => x.LastHash).HasMaxLength(64);
        // AuditChain.LinkAsync inserts a new head by SQL without a seal, and seals it in the same transaction.
        b.Property(x => x.Seal).HasMaxLength(64).HasDefaultValue("");
    }
}
