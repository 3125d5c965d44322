using Microsoft.AspNetCore.Authorization.Policy;

namespace Samenspel.Web.Access;

/// <summary>A signed-in person refused by the privacy officer's policy gets 404, not 403: the audit log's pages do
/// not even confirm that they exist. Every other refusal keeps the default handling (403, or sign-in).</summary>
public sealed class HiddenWhenForbidden : IAuthorizationMiddlewareResultHandler
{
    readonly AuthorizationMiddlewareResultHandler fallback = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden && context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Policies.PrivacyOfficer) == true)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return fallback.HandleAsync(next, context, policy, result);
    }
}
