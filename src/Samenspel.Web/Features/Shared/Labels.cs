namespace Samenspel.Web.Features.Shared;

/// <summary>Plain Dutch names for the domain's enums, translated through the shared resource.</summary>
public static class Labels
{
    public static string Of(this IStringLocalizer t, StaffRole role) => t[role switch
    {
        StaffRole.Mentor => "mentor",
        StaffRole.ShadowMentor => "schaduwmentor",
        StaffRole.Counsellor => "begeleider",
        StaffRole.BehaviouralScientist => "gedragswetenschapper",
        StaffRole.TeamLead => "teamleider",
        StaffRole.PrivacyOfficer => "privacyfunctionaris",
        _ => "beheerder",
    }];

    public static string Of(this IStringLocalizer t, CarerPosition position) => t[position switch
    {
        CarerPosition.ParentWithAuthority => "ouder met gezag",
        CarerPosition.ParentWithoutAuthority => "ouder zonder gezag",
        CarerPosition.Guardian => "voogd",
        CarerPosition.FosterParent => "pleegouder",
        CarerPosition.StepParent => "stiefouder",
        _ => "andere opvoeder",
    }];

    public static string Of(this IStringLocalizer t, TrajectoryType type) => t[type switch
    {
        TrajectoryType.DayProgramme => "dagbehandeling",
        TrajectoryType.Ambulant => "ambulante hulp",
        TrajectoryType.Residential => "verblijf",
        TrajectoryType.FosterCare => "pleegzorg",
        _ => "hulp op school",
    }];

    public static string Of(this IStringLocalizer t, NetworkContactKind kind) => t[kind switch
    {
        NetworkContactKind.Referrer => "verwijzer",
        NetworkContactKind.School => "school",
        NetworkContactKind.TreatingProfessional => "behandelaar",
        NetworkContactKind.GroupHome => "woongroep",
        _ => "anders",
    }];

    public static string Of(this IStringLocalizer t, DataCategory category) => t[category switch
    {
        DataCategory.Register => "gegevens en betrokkenen",
        DataCategory.Plan => "plan en doelen",
        DataCategory.Journal => "dagboek",
        DataCategory.CheckIns => "korte terugblikken na een sessie",
        DataCategory.AllianceAnswers => "antwoorden over de samenwerking",
        DataCategory.Messages => "berichten",
        DataCategory.ContactLog => "contactlogboek",
        DataCategory.IntakeNotes => "intake",
        _ => "wie keek in het dossier",
    }];

    /// <summary>A count with its noun: <c>t.Plural(n, "1 bericht", "{0} berichten")</c> gives "0 berichten", "1 bericht",
    /// "2 berichten". Both forms are keys with an English translation; Dutch and English both use the singular for
    /// exactly one and the plural otherwise, zero included.</summary>
    public static string Plural(this IStringLocalizer t, int count, string one, string many) =>
        count == 1 ? t[one] : t[many, count];

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy");
    public static string Date(DateTimeOffset instant) => DutchCalendar.DateAt(instant).ToString("d MMMM yyyy");

    /// <summary>The date and the time of day in the Netherlands: "23 november 2026, 09:30".</summary>
    public static string DateAndTime(DateTimeOffset instant) => DutchCalendar.TimeAt(instant).ToString("d MMMM yyyy, HH:mm");
}
