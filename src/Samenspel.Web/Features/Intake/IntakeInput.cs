using Microsoft.AspNetCore.Mvc.Rendering;

namespace Samenspel.Web.Features.Intake;

/// <summary>The parts of the intake checklist, in order. "involved" comes from the register; the other parts are
/// recorded on the intake itself and match <see cref="Data.Intake.Missing"/>.</summary>
public static class IntakeParts
{
    public const string Involved = "involved";
    public static readonly string[] Recorded = ["earlier", "requests", "expectations", "conditions", "treating", "team"];

    /// <summary>The Dutch title of a part, as a key for the shared resource.</summary>
    public static string Title(string part) => part switch
    {
        Involved => "Wie zijn er betrokken",
        "earlier" => "Eerdere hulp",
        "requests" => "Hulpvragen",
        "expectations" => "Verwachtingen",
        "conditions" => "Voorwaarden",
        "treating" => "Contact met behandelaars",
        _ => "Kennismaken met het team",
    };
}

/// <summary>What the team types in one part of the intake. Only the fields of the part being edited are stored, so
/// saving one part never empties another.</summary>
public sealed class IntakeInput
{
    const string TooLong = "Dit is te lang. U kunt maximaal 4000 tekens schrijven.";

    [StringLength(4000, ErrorMessage = TooLong)] public string? EarlierTried { get; set; }
    [StringLength(4000, ErrorMessage = TooLong)] public string? EarlierWorked { get; set; }
    [StringLength(4000, ErrorMessage = TooLong)] public string? EarlierDidNotWork { get; set; }
    [StringLength(4000, ErrorMessage = TooLong)] public string? YouthRequest { get; set; }
    [StringLength(4000, ErrorMessage = TooLong)] public string? CarersRequest { get; set; }
    [StringLength(4000, ErrorMessage = TooLong)] public string? YouthExpectations { get; set; }
    [StringLength(4000, ErrorMessage = TooLong)] public string? CarersExpectations { get; set; }
    [StringLength(4000, ErrorMessage = TooLong)] public string? TeamExpectations { get; set; }
    [StringLength(4000, ErrorMessage = TooLong)] public string? GroundConditions { get; set; }
    public bool? CanStayPast18 { get; set; }
    [StringLength(4000, ErrorMessage = TooLong)] public string? TreatingContactWith { get; set; }
    public DateOnly? TreatingContactOn { get; set; }
    [StringLength(4000, ErrorMessage = TooLong)] public string? TeamIntroduction { get; set; }

    public static IntakeInput From(Data.Intake? i) => i is null ? new() : new()
    {
        EarlierTried = i.EarlierTried, EarlierWorked = i.EarlierWorked, EarlierDidNotWork = i.EarlierDidNotWork,
        YouthRequest = i.YouthRequest, CarersRequest = i.CarersRequest,
        YouthExpectations = i.YouthExpectations, CarersExpectations = i.CarersExpectations, TeamExpectations = i.TeamExpectations,
        GroundConditions = i.GroundConditions, CanStayPast18 = i.CanStayPast18,
        TreatingContactWith = i.TreatingContactWith, TreatingContactOn = i.TreatingContactOn, TeamIntroduction = i.TeamIntroduction,
    };

    /// <summary>Copies the fields of one part; an empty box is stored as "not filled in".</summary>
    public void ApplyTo(Data.Intake intake, string part)
    {
        switch (part)
        {
            case "earlier":
                (intake.EarlierTried, intake.EarlierWorked, intake.EarlierDidNotWork) = (Clean(EarlierTried), Clean(EarlierWorked), Clean(EarlierDidNotWork));
                break;
            case "requests":
                (intake.YouthRequest, intake.CarersRequest) = (Clean(YouthRequest), Clean(CarersRequest));
                break;
            case "expectations":
                (intake.YouthExpectations, intake.CarersExpectations, intake.TeamExpectations) = (Clean(YouthExpectations), Clean(CarersExpectations), Clean(TeamExpectations));
                break;
            case "conditions":
                (intake.GroundConditions, intake.CanStayPast18) = (Clean(GroundConditions), CanStayPast18);
                break;
            case "treating":
                (intake.TreatingContactWith, intake.TreatingContactOn) = (Clean(TreatingContactWith), TreatingContactOn);
                break;
            case "team":
                intake.TeamIntroduction = Clean(TeamIntroduction);
                break;
        }
    }

    static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Values match how the field shows a stored <c>bool?</c> ("True"/"False").</summary>
    public static IEnumerable<SelectListItem> StayOptions(IStringLocalizer t) =>
    [
        new(t["Nog niet besloten"], ""),
        new(t["Ja, dat kan"], bool.TrueString),
        new(t["Nee, dat kan niet"], bool.FalseString),
    ];
}
