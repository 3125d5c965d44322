using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Samenspel.Web.Features.Accounts;

/// <summary>
/// Checks on every request that the cookie's security stamp is still the account's. Signing out, a password change,
/// an administrator's "sign out everywhere" or block gives the account a new stamp, so a cookie issued before it no
/// longer signs anyone in, not even a copy. One indexed read; Identity's own validator would rebuild the principal
/// and re-issue the cookie on each request instead.
/// Also holds the session's lifetimes (ASVS V7.3.1/V7.3.2): an idle timeout per kind of account, carried by the
/// cookie's own expiry (the sliding renewal keeps the span it was issued with), and an absolute limit from the
/// moment of signing in, which no renewal moves.
/// </summary>
public static class SessionValidation
{
    /// <summary>Staff see many families' files: a screen left open is closed after half an hour.</summary>
    public static readonly TimeSpan StaffIdle = TimeSpan.FromMinutes(30);
    /// <summary>Parents and youths see only their own family, mostly on their own phone, and often read or write a
    /// longer message in one go: an hour without a click, so they are not thrown out halfway through a message.</summary>
    public static readonly TimeSpan FamilyIdle = TimeSpan.FromMinutes(60);
    /// <summary>However active, everyone signs in again after 12 hours.</summary>
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(12);
    /// <summary>An administrator's block: a lockout that does not end. Failed passwords give a lockout of minutes,
    /// which refuses new sign-ins but does not end running sessions, so a stranger cannot sign anyone out.</summary>
    public static readonly DateTimeOffset Blocked = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    const string SignedInAt = "signed-in-at";

    /// <summary>At sign-in: the idle span for this kind of account and the moment the absolute limit counts from.
    /// A refresh (<see cref="SignInManager{TUser}.RefreshSignInAsync"/>) keeps the properties and so the moment.</summary>
    public static Task SigningInAsync(CookieSigningInContext context)
    {
        var issued = context.Properties.IssuedUtc ?? context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var staff = context.Principal?.HasClaim(Viewer.KindClaim, nameof(AccountKind.Staff)) == true;
        context.Properties.ExpiresUtc = issued + (staff ? StaffIdle : FamilyIdle);
        if (!context.Properties.Items.ContainsKey(SignedInAt))
            context.Properties.Items[SignedInAt] = issued.UtcTicks.ToString(CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var stampClaim = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = context.Principal?.FindFirst(stampClaim)?.Value;
        if (stamp is not null
            && context.Properties.Items.TryGetValue(SignedInAt, out var ticks)
            && long.TryParse(ticks, CultureInfo.InvariantCulture, out var signedIn)
            && now < new DateTimeOffset(signedIn, TimeSpan.Zero) + Absolute
            && Guid.TryParse(context.Principal!.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var userId))
        {
            var current = await services.GetRequiredService<SamenspelDb>().Users.AsNoTracking()
                .Where(u => u.Id == userId).Select(u => new { u.SecurityStamp, u.LockoutEnd })
                .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
            if (current is not null && current.SecurityStamp == stamp && !(current.LockoutEnd >= Blocked)) return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
