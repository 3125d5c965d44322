using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Samenspel.Web.Access;

/// <summary>Adds who the user is in the register (staff member, carer or youth) to their sign-in claims.</summary>
public sealed class ViewerClaimsFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, SamenspelDb db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaims(await ClaimsForAsync(db, user));
        return identity;
    }

    public static async Task<IEnumerable<Claim>> ClaimsForAsync(SamenspelDb db, AppUser user)
    {
        switch (user.Kind)
        {
            case AccountKind.Staff:
                var staff = await db.Staff.AsNoTracking().SingleAsync(s => s.UserId == user.Id);
                return Viewer.ClaimsFor(user.Kind, staff.Id, staff.OrganisationId, staff.Role, staff.TeamId);
            case AccountKind.Carer:
                var carerId = await db.Carers.Where(c => c.UserId == user.Id).Select(c => c.Id).SingleAsync();
                return Viewer.ClaimsFor(user.Kind, carerId, user.OrganisationId, null, null);
            default:
                var youthId = await db.Youths.Where(y => y.UserId == user.Id).Select(y => y.Id).SingleAsync();
                return Viewer.ClaimsFor(user.Kind, youthId, user.OrganisationId, null, null);
        }
    }
}
