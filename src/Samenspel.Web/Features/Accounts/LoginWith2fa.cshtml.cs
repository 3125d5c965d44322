using Microsoft.AspNetCore.Identity;

namespace Samenspel.Web.Features.Accounts;

/// <summary>The second step: the code from the authenticator app. Limited per IP address (the rate limiter) and per
/// account (here); each code works once (<see cref="SingleUseAuthenticator"/>).</summary>
public sealed class LoginWith2faModel(SignInManager<AppUser> signIn, SignInLimits limits, SamenspelDb db, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul de code in.")]
        [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "De code bestaat uit 6 cijfers.")]
        public string Code { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("Login");
        if (!ModelState.IsValid) return Page();
        using (var lease = limits.PerAccount.AttemptAcquire("code:" + user.Id))
            if (!lease.IsAcquired)
            {
                SignInLimits.SetRetryAfter(Response, lease);
                return StatusCode(StatusCodes.Status429TooManyRequests);
            }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Input.Code.Replace(" ", ""), isPersistent: false, rememberClient: false);
        db.Audit(result.Succeeded ? "login" : result.IsLockedOut ? "lockout" : "two-factor", AuditAction.Execute,
            result.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure,
            user.OrganisationId, user.Id, objectType: "AppUser", objectId: user.Id.ToString());
        await db.SaveChangesAsync();
        if (result.Succeeded) return LocalRedirect(ReturnUrl is { } url && Url.IsLocalUrl(url) ? url : "/");

        // The password was right, so saying "locked" tells nobody new that the account exists.
        Message = result.IsLockedOut
            ? t["Uw account is 5 minuten geblokkeerd, omdat de code te vaak fout was."]
            : t["Deze code klopt niet. Kijk of de tijd op uw telefoon goed staat en probeer de nieuwste code."];
        return Page();
    }
}
