using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Web.Access;
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

        // The files under wwwroot (MapStaticAssets) are open to all on purpose: stylesheets and scripts, also for the sign-in page.
        var open = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null && e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Select(e => e.RoutePattern.RawText!.Trim('/'))
            .Where(p => p.Length > 0)
            .Distinct().Order().ToList();
        Assert.All(open, p => Assert.Contains(p, Anonymous));
    }

    /// <summary>Ids that name a youth's data: a youth, trajectory, measurement, response, message, request, plan or goal.</summary>
    static readonly Regex YouthRecordId = new("^(id|youthid|trajectoryid|measurementid|responseid|messageid|requestid|planid|goalid|entryid)$", RegexOptions.IgnoreCase);

    /// <summary>Pages whose bound id names something that is not a youth's data.</summary>
    static readonly string[] NotAYouthsRecord =
    [
        "Samenspel.Web.Features.Announcements.DetailsModel.Id", // an announcement to a team or the organisation
        "Samenspel.Web.Features.Events.DetailsModel.Id", // an event for a team or the organisation
        "Samenspel.Web.Features.Admin.AccountsModel.Id", // a sign-in account the administrator manages
    ];

    [Fact]
    public void Every_page_that_binds_a_youths_record_declares_its_youth_data()
    {
        var pages = typeof(YouthDataFilter).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract).ToList();
        Assert.True(pages.Count > 40, $"only {pages.Count} pages found");
        var missing = new List<string>();
        foreach (var page in pages)
        {
            var onClass = page.GetCustomAttributes<YouthDataAttribute>().Any();
            var handlers = page.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => Regex.IsMatch(m.Name, "^On(Get|Post)")).ToList();
            var boundIds = page.GetProperties()
                .Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is not null && (p.PropertyType == typeof(Guid) || p.PropertyType == typeof(Guid?)))
                .Where(p => YouthRecordId.IsMatch(p.Name)).Select(p => p.Name).ToList();
            foreach (var handler in handlers)
            {
                var ids = boundIds.Concat(handler.GetParameters()
                    .Where(p => (p.ParameterType == typeof(Guid) || p.ParameterType == typeof(Guid?)) && YouthRecordId.IsMatch(p.Name!)).Select(p => p.Name!));
                var declared = onClass || handler.GetCustomAttributes<YouthDataAttribute>().Any();
                missing.AddRange(ids.Select(id => $"{page.FullName}.{id}").Where(id => !declared && !NotAYouthsRecord.Contains(id, StringComparer.OrdinalIgnoreCase))
                    .Select(id => $"{id} ({handler.Name})"));
            }
        }
        Assert.Empty(missing.Distinct());
    }

    [Fact]
    public void Every_FHIR_read_of_a_youths_resource_declares_its_youth_data()
    {
        factory.CreateClient();
        var reads = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/fhir/") && raw.EndsWith("/{id}")).ToList();
        Assert.True(reads.Count >= 9, $"only {reads.Count} FHIR reads found");
        // A Questionnaire is an instrument, not a youth's data; a Practitioner is a professional, read through the
        // youths whose register the caller may read.
        var undeclared = reads.Where(e => e.Metadata.GetMetadata<YouthDataAttribute>() is null)
            .Select(e => e.RoutePattern.RawText!).Except(["/fhir/Questionnaire/{id}", "/fhir/Practitioner/{id}"]).ToList();
        Assert.Empty(undeclared);
    }
}
