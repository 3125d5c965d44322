namespace Samenspel.Web.Audit;

public enum AuditAction
{
    Create,
    Read,
    Update,
    Delete,
    Execute,
}

public enum AuditOutcome
{
    Success,
    Denied,
    Failure,
}

/// <summary>
/// One NEN 7513 log line: event type and action, UTC time, outcome, user, role, on whose behalf, client,
/// object and IP address. It never carries content such as names, answers or notes: only identifiers.
/// Events form one hash chain per organisation (see Audit/README.md).
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; init; }
    public Guid OrganisationId { get; init; }
    public long Sequence { get; set; }
    public DateTimeOffset OccurredAt { get; init; }
    /// <summary>What kind of thing happened: a data category (plan, journal...) or "login", "token", "audit".</summary>
    public required string EventType { get; init; }
    public AuditAction Action { get; init; }
    public AuditOutcome Outcome { get; init; }
    public Guid? UserId { get; init; }
    public string? Role { get; init; }
    public Guid? ActingForUserId { get; init; }
    /// <summary>"web", "fhir", "cli", or the id of the access token used.</summary>
    public required string Client { get; init; }
    public Guid? YouthId { get; init; }
    public string? ObjectType { get; init; }
    public string? ObjectId { get; init; }
    public string? IpAddress { get; init; }
    /// <summary>Written under a break-glass grant (noodtoegang): the privacy officer and the client see it marked.</summary>
    public bool Emergency { get; init; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }

    /// <summary>h_i = HMAC(key, canonical(entry_i) ‖ h_{i-1}): the one link function of the chain, for writing and
    /// verifying alike. The break-glass flag is part of the entry.</summary>
    public string ComputeHash(AuditKey key) => key.Mac(string.Join('|',
        OrganisationId.ToString("N"), Sequence, OccurredAt.UtcTicks, EventType, Action, Outcome,
        UserId?.ToString("N"), Role, ActingForUserId?.ToString("N"), Client, YouthId?.ToString("N"),
        ObjectType, ObjectId, IpAddress, Emergency, PreviousHash));
}

/// <summary>The last link of one organisation's chain; appenders lock this row, so the chain never forks. The
/// <see cref="Seal"/> is a keyed MAC over the head, so cutting events off the end and moving the head back onto the
/// new last event cannot be made to verify without the key.</summary>
public sealed class AuditChainHead
{
    public Guid OrganisationId { get; init; }
    public long LastSequence { get; set; }
    public required string LastHash { get; set; }
    public string Seal { get; set; } = "";

    public static string SealOf(AuditKey key, Guid organisationId, long lastSequence, string lastHash) =>
        key.Mac($"head|{organisationId:N}|{lastSequence}|{lastHash}");
}
