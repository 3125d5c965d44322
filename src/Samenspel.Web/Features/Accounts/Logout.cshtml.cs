using Microsoft.AspNetCore.Identity;

namespace Samenspel.Web.Features.Accounts;

/// <summary>Signs out. A new security stamp makes every cookie issued before this moment worthless, also a copy
/// kept by someone else (see <see cref="SessionValidation"/>).</summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, SamenspelDb db) : PageModel
{
    public bool SignedIn { get; private set; }

    public void OnGet() => SignedIn = User.Identity?.IsAuthenticated == true;

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            db.Audit("logout", AuditAction.Execute, AuditOutcome.Success, user.OrganisationId, user.Id,
                objectType: "AppUser", objectId: user.Id.ToString());
            await db.SaveChangesAsync();
        }
        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
