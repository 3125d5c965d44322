using Hl7.Fhir.Model;

namespace Samenspel.Web.Fhir;

/// <summary>The CapabilityStatement of <c>GET /fhir/metadata</c>, built from the same list of resources and search
/// parameters that the endpoints validate against.</summary>
static class FhirCapabilities
{
    public static IResult Get(HttpRequest request, TimeProvider clock) => FhirResults.Resource(Statement(request, clock));

    static CapabilityStatement Statement(HttpRequest request, TimeProvider clock) => new()
    {
        Url = FhirResults.BaseUrl(request) + "metadata",
        Name = "SamenspelFhirApi",
        Title = "Samenspel FHIR API",
        Status = PublicationStatus.Active,
        Date = clock.DutchToday().ToString("yyyy-MM-dd"),
        Publisher = "Samenspel",
        Description = new Markdown("Read-only access to the youth register of Samenspel (youths, their carers, care teams and professionals) and to the shared plans with their GAS goals; the instruments as Questionnaires, which administrators can also import."),
        Kind = CapabilityStatementKind.Instance,
        Software = new CapabilityStatement.SoftwareComponent { Name = "Samenspel" },
        Implementation = new CapabilityStatement.ImplementationComponent
        {
            Description = "Samenspel FHIR API (alleen lezen)",
            Url = FhirResults.BaseUrl(request).TrimEnd('/'),
        },
        FhirVersion = FHIRVersion.N4_0_1,
        Format = ["json"],
        Rest =
        [
            new CapabilityStatement.RestComponent
            {
                Mode = CapabilityStatement.RestfulCapabilityMode.Server,
                Security = new CapabilityStatement.SecurityComponent
                {
                    Cors = false,
                    Service = [new CodeableConcept { Text = "Bearer token" }],
                    Description = "Send a personal access token as 'Authorization: Bearer ssp_…'. An administrator creates it with the 'token' "
                        + "command. Every answer shows only what the token's user may read, and every read is logged.",
                },
                Resource = FhirEndpoints.Resources.Select(r => new CapabilityStatement.ResourceComponent
                {
                    Type = r.Type,
                    Interaction = new[] { CapabilityStatement.TypeRestfulInteraction.Read, CapabilityStatement.TypeRestfulInteraction.SearchType }
                        .Concat(r.Create ? [CapabilityStatement.TypeRestfulInteraction.Create] : [])
                        .Select(code => new CapabilityStatement.ResourceInteractionComponent { Code = code }).ToList(),
                    SearchParam = r.Parameters.Select(Describe).ToList(),
                }).ToList(),
                SearchParam = [Describe(FhirSearch.CountParameter)],
            },
        ],
    };

    static CapabilityStatement.SearchParamComponent Describe(SearchParameter p) =>
        new() { Name = p.Name, Type = p.Type, Documentation = new Markdown(p.Documentation) };
}
