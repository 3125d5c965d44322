using Microsoft.AspNetCore.Identity;
using Samenspel.Web.Features.Accounts;

namespace Samenspel.Web.Features.Admin;

/// <summary>The administrator's accounts page: sign someone out everywhere (a lost phone, a shared computer) or block
/// an account (someone who left). Both give the account a new security stamp, which ends every session at its next
/// request (<see cref="SessionValidation"/>); a block also refuses new sign-ins and API tokens.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class AccountsModel(SamenspelDb db, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, string Name, string? Email, AccountKind Kind, bool Blocked);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string? Done { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Done = done;
        var org = Viewer.From(User)!.OrganisationId;
        var q = Q?.Trim().ToUpperInvariant();
        Rows = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == org)
            .Where(u => string.IsNullOrEmpty(q) || u.DisplayName.ToUpper().Contains(q) || u.NormalizedEmail!.Contains(q))
            .OrderBy(u => u.Kind).ThenBy(u => u.DisplayName).Take(50)
            .Select(u => new Row(u.Id, u.DisplayName, u.Email, u.Kind, u.LockoutEnd >= SessionValidation.Blocked))
            .ToListAsync(ct);
        db.Audit("account-list", AuditAction.Read, AuditOutcome.Success, objectType: nameof(AppUser));
        await db.SaveChangesAsync(ct);
    }

    public Task<IActionResult> OnPostSignOutAsync(Guid id) => ActAsync(id, "session", AuditAction.Execute, _ => Task.CompletedTask);

    public Task<IActionResult> OnPostBlockAsync(Guid id) => ActAsync(id, "account-block", AuditAction.Update,
        user => users.SetLockoutEndDateAsync(user, SessionValidation.Blocked));

    public Task<IActionResult> OnPostUnblockAsync(Guid id) => ActAsync(id, "account-unblock", AuditAction.Update,
        user => users.SetLockoutEndDateAsync(user, clock.GetUtcNow()));

    async Task<IActionResult> ActAsync(Guid id, string eventType, AuditAction action, Func<AppUser, Task> change)
    {
        var viewer = Viewer.From(User)!;
        var user = await users.FindByIdAsync(id.ToString());
        // Another organisation's account, or the administrator's own (a block would lock them out of this page).
        if (user is null || user.OrganisationId != viewer.OrganisationId || (user.Id == viewer.UserId && action == AuditAction.Update))
            return NotFound();
        await users.SetLockoutEnabledAsync(user, true);
        await change(user);
        await users.UpdateSecurityStampAsync(user);
        db.Audit(eventType, action, AuditOutcome.Success, objectType: nameof(AppUser), objectId: user.Id.ToString());
        await db.SaveChangesAsync();
        return RedirectToPage(new { done = eventType, q = Q });
    }
}
