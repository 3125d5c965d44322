using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Samenspel.Web.Fhir;
using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;

namespace Samenspel.Web.Features.Accounts;

public static class AccessTokens
{
    const string Prefix = "ssp_";

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Creates a personal access token and returns its only plain copy.</summary>
    public static async Task<string> CreateAsync(SamenspelDb db, AppUser user, string name, CancellationToken ct = default)
    {
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var row = new PersonalAccessToken { UserId = user.Id, Name = name, TokenHash = Hash(token), CreatedAt = db.Clock.GetUtcNow() };
        db.AccessTokens.Add(row);
        db.Audit("token", AuditAction.Create, AuditOutcome.Success, user.OrganisationId, user.Id,
            objectType: nameof(PersonalAccessToken), objectId: row.Id.ToString());
        await db.SaveChangesAsync(ct);
        return token;
    }
}

/// <summary>Authenticates FHIR API calls with <c>Authorization: Bearer ssp_…</c>, as the token's user.</summary>
public sealed class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    SamenspelDb db, IUserClaimsPrincipalFactory<AppUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var hash = AccessTokens.Hash(header["Bearer ".Length..].Trim());
        var found = await db.AccessTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash && t.RevokedAt == null)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { t.Id, User = u })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (found is null || (found.User.LockoutEnd is { } end && end > db.Clock.GetUtcNow()))
            return AuthenticateResult.Fail("invalid token");
        var principal = await principals.CreateAsync(found.User);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(AuditScopeMiddleware.AccessTokenClaim, found.Id.ToString()));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(principal.Claims, SchemeName)), SchemeName));
    }

    /// <summary>A token whose user may not do this, such as a non-administrator importing a Questionnaire.</summary>
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        FhirResults.Outcome(StatusCodes.Status403Forbidden, IssueType.Forbidden,
            "The token's user may not do this; it needs an administrator.", "Dit mag alleen een beheerder.").ExecuteAsync(Context);

    /// <summary>No or a bad token: 401 with an OperationOutcome, like every other API error.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return FhirResults.Outcome(StatusCodes.Status401Unauthorized, IssueType.Login,
            "A valid personal access token is required: Authorization: Bearer <token>.",
            "Log in met een geldige toegangscode.").ExecuteAsync(Context);
    }
}
