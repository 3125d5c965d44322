namespace Samenspel.Web.Audit;

/// <summary>Who is acting in this request or command, for the audit trail. Filled once per request by
/// <see cref="AuditScopeMiddleware"/> and by the command-line verbs; the audit hooks read it.</summary>
public sealed class AuditScope
{
    public Guid? UserId { get; set; }
    public Guid? OrganisationId { get; set; }
    public string? Role { get; set; }
    /// <summary>NEN 7513's responsible user, on whose behalf <see cref="UserId"/> acts: the owner of the access token
    /// an API client acts with (the token itself is the <see cref="Client"/>).</summary>
    public Guid? ActingForUserId { get; set; }
    public string Client { get; set; } = "system";
    public string? IpAddress { get; set; }
}
