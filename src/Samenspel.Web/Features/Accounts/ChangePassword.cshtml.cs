using Microsoft.AspNetCore.Identity;

namespace Samenspel.Web.Features.Accounts;

/// <summary>A new password ends every other session: Identity gives the account a new security stamp
/// (<see cref="SessionValidation"/>); this one is signed in again with the new stamp.</summary>
[Authorize]
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, SamenspelDb db, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul het huidige wachtwoord in.")]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "Kies een wachtwoord.")]
        [MinLength(10, ErrorMessage = "Kies een wachtwoord van minstens 10 tekens.")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Vul het wachtwoord nog een keer in.")]
        [Compare(nameof(Password), ErrorMessage = "De twee wachtwoorden zijn niet hetzelfde.")]
        public string Repeat { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public bool Done { get; set; }

    // The Accounts folder is open to all (AllowAnonymous beats [Authorize]), so the page asks for a session itself.
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Challenge();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!ModelState.IsValid) return Page();
        var result = await users.ChangePasswordAsync(user, Input.Current, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                if (e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                    ModelState.AddModelError("Input.Current", t["Het huidige wachtwoord klopt niet."]);
                else
                    ModelState.AddModelError("Input.Password", e.Description);
            return Page();
        }
        db.Audit("password-change", AuditAction.Update, AuditOutcome.Success, user.OrganisationId, user.Id,
            objectType: "AppUser", objectId: user.Id.ToString());
        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { done = true });
    }
}
