namespace Samenspel.Web.Audit;

/// <summary>Fills the request's <see cref="AuditScope"/> from the signed-in user (cookie or API token) and the connection.
/// Runs after authorization, so an endpoint's own authentication scheme has already set the user.</summary>
public sealed class AuditScopeMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, AuditScope scope)
    {
        var viewer = Viewer.From(context.User);
        scope.UserId = viewer?.UserId;
        scope.OrganisationId = viewer?.OrganisationId;
        scope.Role = viewer?.StaffRole?.ToString() ?? viewer?.Kind.ToString();
        // An API call names its token's id (it fits the 40-character column); a page request says "web".
        var token = context.User.FindFirst(AccessTokenClaim)?.Value;
        scope.Client = token ?? "web";
        // A client acting with a token acts on behalf of the token's owner, who answers for what it does.
        scope.ActingForUserId = token is null ? null : viewer?.UserId;
        scope.IpAddress = context.Connection.RemoteIpAddress?.ToString();
        return next(context);
    }

    public const string AccessTokenClaim = "samenspel:token";
}
