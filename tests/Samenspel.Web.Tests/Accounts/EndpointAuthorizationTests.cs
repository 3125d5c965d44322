using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Accounts;

public sealed class EndpointAuthorizationTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    /// <summary>Pages and API routes that anyone may open: signing in, the status pages, health, FHIR metadata, and the
    /// personal links in announcement and invitation mails (for referrers and partners, who have no account).</summary>
    static readonly string[] Anonymous =
    [
        // ChangePassword and EnableAuthenticator sit in the open Accounts folder and send a visitor without a session to sign in.
        "Accounts/AccessDenied", "Accounts/ChangePassword", "Accounts/Culture", "Accounts/EnableAuthenticator", "Accounts/Invitation", "Accounts/Login",
        "Accounts/LoginWith2fa", "Accounts/Logout", "Announcements/Read", "Error", "Events/Respond", "Status/{code:int}", "health", "fhir/metadata",
    ];

    [Fact]
    public void Every_mapped_endpoint_states_its_authorization_explicitly()
    {
        factory.CreateClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.True(endpoints.Count > 20, $"only {endpoints.Count} endpoints found");
        var implicitOnes = endpoints
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.RoutePattern.RawText ?? e.DisplayName)
            .ToList();
        Assert.Empty(implicitOnes);

        var open = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText!.Trim('/'))
            .Where(p => p.Length > 0)
            .Distinct().Order().ToList();
        Assert.All(open, p => Assert.Contains(p, Anonymous));
    }
}
