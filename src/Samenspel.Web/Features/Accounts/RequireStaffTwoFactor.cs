namespace Samenspel.Web.Features.Accounts;

/// <summary>Outside demo mode a professional who signed in without a second factor can only reach the page that
/// sets one up. The API is not affected: tokens are created by an administrator on the command line.</summary>
public sealed class RequireStaffTwoFactor(RequestDelegate next, SamenspelSettings settings)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!settings.DemoMode
            && Viewer.From(context.User) is { Kind: AccountKind.Staff }
            && context.User.Identity?.AuthenticationType != AccessTokenHandler.SchemeName
            && !context.User.HasClaim("amr", "mfa")
            && !context.Request.Path.StartsWithSegments("/Accounts"))
        {
            context.Response.Redirect("/Accounts/EnableAuthenticator");
            return Task.CompletedTask;
        }
        return next(context);
    }
}
