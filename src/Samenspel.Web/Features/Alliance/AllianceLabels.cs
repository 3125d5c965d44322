using Samenspel.Domain.Scheduling;

namespace Samenspel.Web.Features.Alliance;

/// <summary>Plain Dutch words for measurements and responses, translated through the shared resource.</summary>
public static class AllianceLabels
{
    public static string Of(this IStringLocalizer t, MeasurementPurpose purpose) => t[purpose switch
    {
        MeasurementPurpose.First => "eerste meting",
        _ => "meting halverwege",
    }];

    public static string Of(this IStringLocalizer t, MeasurementKind kind) => t[kind switch
    {
        MeasurementKind.First => "eerste meting",
        MeasurementKind.Midway => "meting halverwege",
        _ => "extra meting",
    }];

    public static string Of(this IStringLocalizer t, Respondent respondent) => t[respondent switch
    {
        Respondent.Youth => "jongere",
        Respondent.Mentor => "mentor",
        Respondent.Parent => "ouder",
        _ => "invuller",
    }];
}
