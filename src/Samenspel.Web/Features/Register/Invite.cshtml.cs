using Microsoft.AspNetCore.Identity;
using Samenspel.Web.Features.Accounts;
using Samenspel.Web.Mail;

namespace Samenspel.Web.Features.Register;

/// <summary>Invites a carer (carerId given) or the youth themself (no carerId) to make an account. The account is
/// created without a password; the invitation link lets the person choose one.</summary>
[Authorize(Policy = Policies.Staff)]
[YouthData(DataCategory.Register, AccessAction.Write)]
public sealed class InviteModel(SamenspelDb db, UserManager<AppUser> users, Mailer mailer, SamenspelSettings settings) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? CarerId { get; set; }
    public bool Sent => this.Flag("sent");
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public bool InvitedBefore { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var invitee = await InviteeAsync(ct);
        if (invitee is null) return NotFound();
        InvitedBefore = invitee.Value.UserId is { } uid && await db.Invitations.AnyAsync(i => i.UserId == uid, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var invitee = await InviteeAsync(ct);
        if (invitee is null) return NotFound();
        var (userId, kind, organisationId, link) = invitee.Value;
        var user = userId is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (user is null)
        {
            user = new AppUser { UserName = Email, Email = Email, DisplayName = Name, Kind = kind, OrganisationId = organisationId };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                Error = string.Join(" ", created.Errors.Select(e => e.Description));
                return Page();
            }
            link(user.Id);
            await db.SaveChangesAsync(ct);
        }
        var viewer = Viewer.From(User)!;
        var inviter = await db.Staff.Where(s => s.Id == viewer.PersonId).Select(s => s.Name).SingleAsync(ct);
        var organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(ct);
        await Invitations.SendAsync(db, mailer, settings, user, organisation, inviter, ct);
        return RedirectToPage(new { YouthId, CarerId, sent = "true" });
    }

    async Task<(Guid? UserId, AccountKind Kind, Guid OrganisationId, Action<Guid> Link)?> InviteeAsync(CancellationToken ct)
    {
        if (CarerId is { } carerId)
        {
            var carer = await db.Carers.Where(c => c.Id == carerId && db.CarerLinks.Any(l => l.CarerId == carerId && l.YouthId == YouthId)).SingleOrDefaultAsync(ct);
            if (carer is null) return null;
            (Name, Email) = (carer.Name, carer.Email);
            return (carer.UserId, AccountKind.Carer, carer.OrganisationId, id => carer.UserId = id);
        }
        var youth = await db.Youths.SingleAsync(y => y.Id == YouthId, ct);
        if (youth.Email is null) return null;
        (Name, Email) = (youth.FullName, youth.Email);
        return (youth.UserId, AccountKind.Youth, youth.OrganisationId, id => youth.UserId = id);
    }
}
