using Microsoft.AspNetCore.Identity;

namespace Samenspel.Web.Data;

public enum AccountKind
{
    Staff,
    Carer,
    Youth,
}

public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser() => Id = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public AccountKind Kind { get; set; }
    public required string DisplayName { get; set; }
    /// <summary>For "who is reached" and the reminder to carers who have not been back for weeks.</summary>
    public DateTimeOffset? LastSignInAt { get; set; }
    /// <summary>The last authenticator time step (Unix seconds / 30) that signed in: each step is accepted once.</summary>
    public long? LastTotpStep { get; set; }
}

/// <summary>An invitation to set a password. The link stays valid until it expires, however often it is opened,
/// and a re-send adds a fresh link without killing the earlier one.</summary>
public sealed class Invitation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public required string TokenHash { get; init; }
    public DateTimeOffset SentAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? AcceptedAt { get; set; }
}

/// <summary>A bearer token for the FHIR API; only its hash is stored.</summary>
public sealed class PersonalAccessToken
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public required string Name { get; init; }
    public required string TokenHash { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }
}
