using Samenspel.Web.Access;

namespace Samenspel.Web.Audit;

/// <summary>Fills the request's <see cref="AuditScope"/> from the signed-in user and the connection.</summary>
public sealed class AuditScopeMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, AuditScope scope)
    {
        var viewer = Viewer.From(context.User);
        scope.UserId = viewer?.UserId;
        scope.OrganisationId = viewer?.OrganisationId;
        scope.Role = viewer?.StaffRole?.ToString() ?? viewer?.Kind.ToString();
        scope.Client = context.User.FindFirst(AccessTokenClaim)?.Value is { } token ? $"token:{token}" : "web";
        scope.IpAddress = context.Connection.RemoteIpAddress?.ToString();
        return next(context);
    }

    public const string AccessTokenClaim = "samenspel:token";
}
