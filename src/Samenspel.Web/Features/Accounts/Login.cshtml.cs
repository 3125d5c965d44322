using Microsoft.AspNetCore.Identity;

namespace Samenspel.Web.Features.Accounts;

/// <summary>
/// Signing in with a password. Every failure gets the same words and about the same time, whether the address is
/// unknown, has no password yet, is locked or the password is wrong: an unknown or locked account still has a
/// password hash checked (against a hash of nothing). Attempts are limited per IP address (the rate limiter) and
/// per typed address (here), and audited without the typed address (log injection, requirement 21).
/// </summary>
public sealed class LoginModel(SignInManager<AppUser> signIn, SignInLimits limits, SamenspelDb db, IStringLocalizer<SharedResource> t) : PageModel
{
    static string? unusedHash;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul uw e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Dit is geen geldig e-mailadres. Het ziet eruit als naam@voorbeeld.nl.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vul uw wachtwoord in.")]
        public string Password { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Message { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var users = signIn.UserManager;
        using (var lease = limits.PerAccount.AttemptAcquire(users.NormalizeEmail(Input.Email.Trim())))
            if (!lease.IsAcquired)
            {
                SignInLimits.SetRetryAfter(Response, lease);
                return StatusCode(StatusCodes.Status429TooManyRequests);
            }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        var locked = user is not null && await users.IsLockedOutAsync(user);
        Microsoft.AspNetCore.Identity.SignInResult result;
        if (user is null || user.PasswordHash is null || locked)
        {
            var stranger = new AppUser { DisplayName = "" };
            users.PasswordHasher.VerifyHashedPassword(stranger, unusedHash ??= users.PasswordHasher.HashPassword(stranger, Guid.NewGuid().ToString()), Input.Password);
            result = locked ? Microsoft.AspNetCore.Identity.SignInResult.LockedOut : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }
        else result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);

        if (!result.RequiresTwoFactor)
        {
            db.Audit(result.IsLockedOut ? "lockout" : "login", AuditAction.Execute,
                result.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure,
                user?.OrganisationId ?? Guid.Empty, user?.Id, objectType: "AppUser", objectId: user?.Id.ToString());
            await db.SaveChangesAsync();
        }
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl());
        if (result.RequiresTwoFactor) return RedirectToPage("LoginWith2fa", new { returnUrl = ReturnUrl });
        // Also for a locked account: "locked" would tell a stranger that the address has an account.
        Message = t["Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw. Ging het vaker fout? Wacht dan 5 minuten."];
        return Page();
    }

    string SafeReturnUrl() => ReturnUrl is { } url && Url.IsLocalUrl(url) ? url : "/";
}
