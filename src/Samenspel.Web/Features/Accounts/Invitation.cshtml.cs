using Microsoft.AspNetCore.Identity;

namespace Samenspel.Web.Features.Accounts;

/// <summary>Accepting an invitation: choose a password. Opening the link does not use it up; it works until it
/// expires, and after the password is set it points to the login page.</summary>
public sealed class InvitationModel(SamenspelDb db, UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider clock) : PageModel
{
    public enum LinkState { Invalid, Open, AlreadyDone }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Kies een wachtwoord.")]
        [MinLength(10, ErrorMessage = "Kies een wachtwoord van minstens 10 tekens.")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Vul het wachtwoord nog een keer in.")]
        [Compare(nameof(Password), ErrorMessage = "De twee wachtwoorden zijn niet hetzelfde.")]
        public string Repeat { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    public LinkState State { get; private set; }
    public string OrganisationName { get; private set; } = "";
    public string Email { get; private set; } = "";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await LoadAsync();
        if (State != LinkState.Open || user is null) return Page();
        if (!ModelState.IsValid) return Page();
        var result = await users.AddPasswordAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError("Input.Password", e.Description);
            return Page();
        }
        await db.Invitations.Where(i => i.UserId == user.Id && i.AcceptedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, clock.GetUtcNow()));
        await signIn.SignInAsync(user, isPersistent: false);
        return RedirectToPage("/Index");
    }

    async Task<AppUser?> LoadAsync()
    {
        State = LinkState.Invalid;
        if (string.IsNullOrWhiteSpace(Token)) return null;
        var hash = Invitations.Hash(Token);
        var found = await db.Invitations.AsNoTracking().Where(i => i.TokenHash == hash)
            .Join(db.Users, i => i.UserId, u => u.Id, (i, u) => new { i.ExpiresAt, u.Id, u.Email, u.PasswordHash, u.OrganisationId })
            .SingleOrDefaultAsync();
        if (found is null) return null;
        if (found.PasswordHash is not null) { State = LinkState.AlreadyDone; return null; }
        if (found.ExpiresAt < clock.GetUtcNow()) return null;
        State = LinkState.Open;
        Email = found.Email!;
        OrganisationName = await db.Organisations.Where(o => o.Id == found.OrganisationId).Select(o => o.Name).SingleAsync();
        return await users.FindByIdAsync(found.Id.ToString());
    }
}
