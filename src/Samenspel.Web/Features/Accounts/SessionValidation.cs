using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;

namespace Samenspel.Web.Features.Accounts;

/// <summary>
/// Checks on every request that the cookie's security stamp is still the account's. Signing out, a password change
/// or "sign out everywhere" gives the account a new stamp, so a cookie issued before it no longer signs anyone in,
/// not even a copy. One indexed read of one column; Identity's own validator would rebuild the principal and
/// re-issue the cookie on each request instead.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = context.Principal?.FindFirst(stampClaim)?.Value;
        if (stamp is not null && Guid.TryParse(context.Principal!.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var userId))
        {
            var current = await services.GetRequiredService<SamenspelDb>().Users.AsNoTracking()
                .Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(context.HttpContext.RequestAborted);
            if (current == stamp) return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
