using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;

namespace Samenspel.Web.Features.Accounts;

public sealed class LoginModel(SignInManager<AppUser> signIn, SamenspelDb db, IStringLocalizer<SharedResource> t) : PageModel
{
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
        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl());
        if (result.RequiresTwoFactor) return RedirectToPage("LoginWith2fa", new { returnUrl = ReturnUrl });

        var normalized = Input.Email.ToUpperInvariant();
        var user = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized)
            .Select(u => new { u.Id, u.OrganisationId }).SingleOrDefaultAsync();
        db.Audit(result.IsLockedOut ? "lockout" : "login", AuditAction.Execute, AuditOutcome.Failure,
            user?.OrganisationId ?? Guid.Empty, user?.Id, objectType: "AppUser", objectId: user?.Id.ToString());
        await db.SaveChangesAsync();
        Message = result.IsLockedOut
            ? t["Uw account is 15 minuten geblokkeerd, omdat het wachtwoord te vaak fout was. Probeer het daarna opnieuw."]
            : t["Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw."];
        return Page();
    }

    string SafeReturnUrl() => ReturnUrl is { } url && Url.IsLocalUrl(url) ? url : "/";
}
