namespace Samenspel.Web.Features.Messages;

/// <summary>Plain Dutch names for requests and absence.</summary>
public static class RequestLabels
{
    public static string Of(this IStringLocalizer t, CarerRequestKind kind) => t[kind switch
    {
        CarerRequestKind.Meeting => "een gesprek",
        CarerRequestKind.Call => "gebeld worden",
        _ => "informatie",
    }];

    public static string Of(this IStringLocalizer t, CarerRequestStatus status) => t[status switch
    {
        CarerRequestStatus.Open => "open",
        CarerRequestStatus.Planned => "gepland",
        _ => "afgerond",
    }];

    public static string Of(this IStringLocalizer t, AbsenceKind kind) => t[kind switch
    {
        AbsenceKind.Sick => "ziek",
        _ => "afwezig",
    }];

    public static string BadgeClass(CarerRequestStatus status) => status switch
    {
        CarerRequestStatus.Open => "utrecht-status-badge utrecht-status-badge--warning",
        CarerRequestStatus.Planned => "utrecht-status-badge utrecht-status-badge--info",
        _ => "utrecht-status-badge utrecht-status-badge--success",
    };
}
