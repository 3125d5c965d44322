using System.Security.Claims;

namespace Samenspel.Web.Access;

/// <summary>The signed-in person as the claims describe them; built at sign-in by <see cref="ViewerClaimsFactory"/>.</summary>
public sealed record Viewer(Guid UserId, AccountKind Kind, Guid PersonId, Guid OrganisationId, StaffRole? StaffRole, Guid? TeamId)
{
    public const string KindClaim = "samenspel:kind";
    public const string PersonClaim = "samenspel:person";
    public const string OrganisationClaim = "samenspel:org";
    public const string StaffRoleClaim = "samenspel:staffrole";
    public const string TeamClaim = "samenspel:team";

    public static Viewer? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return null;
        string? Get(string type) => user.FindFirst(type)?.Value;
        if (!Guid.TryParse(Get(ClaimTypes.NameIdentifier), out var userId)
            || !Enum.TryParse<AccountKind>(Get(KindClaim), out var kind)
            || !Guid.TryParse(Get(PersonClaim), out var person)
            || !Guid.TryParse(Get(OrganisationClaim), out var org))
            return null;
        StaffRole? role = Enum.TryParse<StaffRole>(Get(StaffRoleClaim), out var r) ? r : null;
        Guid? team = Guid.TryParse(Get(TeamClaim), out var t) ? t : null;
        return new Viewer(userId, kind, person, org, role, team);
    }

    public static IEnumerable<Claim> ClaimsFor(AccountKind kind, Guid personId, Guid organisationId, StaffRole? role, Guid? teamId)
    {
        yield return new Claim(KindClaim, kind.ToString());
        yield return new Claim(PersonClaim, personId.ToString());
        yield return new Claim(OrganisationClaim, organisationId.ToString());
        if (role is not null) yield return new Claim(StaffRoleClaim, role.Value.ToString());
        if (teamId is not null) yield return new Claim(TeamClaim, teamId.Value.ToString());
    }
}
