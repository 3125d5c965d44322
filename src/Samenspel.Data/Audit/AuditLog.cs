using Samenspel.Web.Data;

namespace Samenspel.Web.Audit;

/// <summary>The one object a page or API response shows (a measurement, a message thread, an agreement...), for the
/// object type and id of its read row.</summary>
public sealed record AuditObject(string Type, string Id)
{
    public AuditObject(string type, Guid id) : this(type, id.ToString()) { }
}

public static class AuditLog
{
    /// <summary>PostgreSQL keeps microseconds; the hash must cover exactly what is stored.</summary>
    static DateTimeOffset Microseconds(DateTimeOffset t) => new(t.UtcTicks - t.UtcTicks % 10, TimeSpan.Zero);

    /// <summary>Queues one audit event; <see cref="SamenspelDb.SaveChangesAsync(bool, CancellationToken)"/> chains
    /// and writes it with the rest of the unit of work. Defaults come from the request's <see cref="AuditScope"/>.</summary>
    public static void Audit(this SamenspelDb db, string eventType, AuditAction action, AuditOutcome outcome,
        Guid? organisationId = null, Guid? userId = null, string? role = null, Guid? youthId = null,
        string? objectType = null, string? objectId = null, bool emergency = false) =>
        db.AuditEvents.Add(db.NewAuditEvent(eventType, action, outcome, organisationId, userId, role, youthId, objectType, objectId, emergency));

    /// <summary>One audit event with the request's <see cref="AuditScope"/>, not yet queued: for the group commit of
    /// reads (<c>AuditWriter</c>).</summary>
    public static AuditEvent NewAuditEvent(this SamenspelDb db, string eventType, AuditAction action, AuditOutcome outcome,
        Guid? organisationId = null, Guid? userId = null, string? role = null, Guid? youthId = null,
        string? objectType = null, string? objectId = null, bool emergency = false)
    {
        var scope = db.AuditScope;
        return new AuditEvent
        {
            OrganisationId = organisationId ?? scope.OrganisationId ?? Guid.Empty,
            OccurredAt = Microseconds(db.Clock.GetUtcNow()),
            EventType = eventType,
            Action = action,
            Outcome = outcome,
            UserId = userId ?? scope.UserId,
            Role = role ?? scope.Role,
            ActingForUserId = scope.ActingForUserId,
            Client = scope.Client,
            IpAddress = scope.IpAddress,
            YouthId = youthId,
            ObjectType = objectType,
            ObjectId = objectId,
            Emergency = emergency,
            PreviousHash = "",
            Hash = "",
        };
    }
}
