using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;

namespace Samenspel.Web.Features.Accounts;

[Authorize]
public sealed partial class EnableAuthenticatorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul de code in.")]
        [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "De code bestaat uit 6 cijfers.")]
        public string Code { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (ModelState.IsValid && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Input.Code.Replace(" ", "")))
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
            return RedirectToPage("/Index");
        }
        if (ModelState.IsValid) ModelState.AddModelError("Input.Code", t["Deze code klopt niet. Probeer de nieuwste code uit de app."]);
        await LoadKeyAsync(user);
        return Page();
    }

    async Task LoadKeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // A new key renews the security stamp, which ends every session (SessionValidation): keep this one.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        SharedKey = string.Join(' ', Groups().Matches(key!.ToLowerInvariant()).Select(m => m.Value));
        AuthenticatorUri = $"otpauth://totp/Samenspel:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer=Samenspel&digits=6";
    }

    [GeneratedRegex(".{1,4}")]
    private static partial Regex Groups();
}
