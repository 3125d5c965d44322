namespace Samenspel.Web.Fhir;

public static class FhirEndpoints
{
    public static void MapFhir(this IEndpointRouteBuilder app)
    {
    }
}
