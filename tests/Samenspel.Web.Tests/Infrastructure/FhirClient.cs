using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Web.Data;
using Samenspel.Web.Features.Accounts;

namespace Samenspel.Web.Tests.Infrastructure;

/// <summary>The FHIR API as a client meets it: a bearer token for a user, reads checked for status and content type,
/// and searchsets checked for their shape.</summary>
public static class FhirClient
{
    public static readonly FhirJsonDeserializer Parser = new();

    /// <summary>A client with a fresh personal access token of the user, or without one when <paramref name="email"/> is null.</summary>
    public static async Task<HttpClient> TokenClientAsync(SamenspelFactory factory, string? email)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        if (email is null) return client;
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        client.DefaultRequestHeaders.Authorization = new("Bearer", await AccessTokens.CreateAsync(db, user, "test"));
        return client;
    }

    /// <summary>Fetches, checks the status and the FHIR content type, and parses the body.</summary>
    public static async Task<(T Resource, string Body)> GetAsync<T>(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK) where T : Resource
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url}: expected {expected}, got {response.StatusCode}: {body}");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return (Assert.IsType<T>(Parser.DeserializeResource(body)), body);
    }

    public static async Task<List<T>> SearchAsync<T>(HttpClient client, string url) where T : Resource
    {
        var (bundle, _) = await GetAsync<Bundle>(client, url);
        Assert.Equal(Bundle.BundleType.Searchset, bundle.Type);
        Assert.Equal(bundle.Entry.Count, bundle.Total);
        Assert.Contains(bundle.Link, l => l.Relation == "self" && l.Url!.EndsWith(url));
        Assert.All(bundle.Entry, e => Assert.EndsWith($"/fhir/{e.Resource!.TypeName}/{e.Resource.Id}", e.FullUrl));
        return bundle.Entry.Select(e => Assert.IsType<T>(e.Resource)).ToList();
    }
}
