namespace Samenspel.Web.Data.Configurations;

sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> b)
    {
        b.Property(x => x.Audience).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Title).HasMaxLength(Announcement.TitleLength);
        b.Property(x => x.Body).HasMaxLength(Announcement.BodyLength);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Team>().WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.WrittenByStaffId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Restrict);
        // The scheduler looks for announcements that are due and not yet published.
        b.HasIndex(x => new { x.PublishedAt, x.PublishAt });
        b.HasIndex(x => new { x.OrganisationId, x.CreatedAt });
        // An event has one summary.
        b.HasIndex(x => x.EventId).IsUnique();
    }
}

sealed class AnnouncementRecipientConfiguration : IEntityTypeConfiguration<AnnouncementRecipient>
{
    public void Configure(EntityTypeBuilder<AnnouncementRecipient> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.MailError).HasMaxLength(500);
        b.HasOne<Announcement>().WithMany().HasForeignKey(x => x.AnnouncementId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
        // One row per person, however often publication is attempted.
        b.HasIndex(x => new { x.AnnouncementId, x.Kind, x.PersonId }).IsUnique();
        b.HasIndex(x => new { x.UserId, x.ReadAt });
    }
}

sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> b)
    {
        b.Property(x => x.Audience).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Title).HasMaxLength(Announcement.TitleLength);
        b.Property(x => x.Place).HasMaxLength(Event.PlaceLength);
        b.Property(x => x.Practical).HasMaxLength(Event.PracticalLength);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Team>().WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.CreatedByStaffId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RemindedAt, x.StartsAt });
        b.HasIndex(x => new { x.OrganisationId, x.StartsAt });
    }
}

sealed class EventInviteeConfiguration : IEntityTypeConfiguration<EventInvitee>
{
    public void Configure(EntityTypeBuilder<EventInvitee> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Response).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.MailError).HasMaxLength(500);
        b.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.EventId, x.Kind, x.PersonId }).IsUnique();
        b.HasIndex(x => x.UserId);
    }
}
