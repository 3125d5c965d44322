using System.Globalization;

namespace Samenspel.Web.Features.Onboarding;

/// <summary>The short start mail in plain Dutch: what happens, who the mentor is, how to reach the team, the
/// practical matters, and the link to read and confirm. Carers are addressed with "u", the youth with "je".</summary>
public static class StartMail
{
    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public sealed record Facts(string Organisation, string YouthGivenName, string Team, DateOnly StartDate,
        string? MentorName, string? MentorEmail, string Practical, DateOnly ConfirmBy, string Link);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    public static string Subject(Facts f) => $"Startinformatie van {f.Organisation} over {f.YouthGivenName}";

    public static string Body(string name, bool isYouth, bool invitedToo, Facts f)
    {
        var mentor = f.MentorName is null
            ? (isYouth ? "Je krijgt snel te horen wie je mentor wordt." : "U hoort snel wie de mentor wordt.")
            : isYouth
                ? $"Je mentor is {f.MentorName}. Met vragen kun je altijd bij je mentor terecht."
                : $"De mentor van {f.YouthGivenName} is {f.MentorName}. De mentor is uw vaste contactpersoon.";
        var reach = f.MentorEmail is null ? "" : isYouth
            ? $"Mail je mentor: {f.MentorEmail}"
            : $"Mail de mentor: {f.MentorEmail}";
        var password = !invitedToo ? "" : isYouth
            ? "\nJe krijgt ook een e-mail om een wachtwoord te kiezen. Doe dat eerst.\n"
            : "\nU krijgt ook een e-mail om een wachtwoord te kiezen. Doe dat eerst.\n";
        return isYouth
            ? $"""
                Hoi {name},

                Je begint bij {f.Team} van {f.Organisation}. De startdatum is {Date(f.StartDate)}.
                In de eerste weken leren we je kennen. Samen maken we een plan met jouw doelen.

                {mentor}
                {reach}

                Praktische zaken:
                {f.Practical}

                Wil je laten weten dat je dit hebt gelezen? Dat kan tot en met {Date(f.ConfirmBy)}.
                Open deze link en klik op "Ik heb het gelezen":
                {f.Link}
                {password}
                Deze e-mail komt van {f.Organisation}, via Samenspel.
                """
            : $"""
                Beste {name},

                {f.YouthGivenName} begint bij {f.Team} van {f.Organisation}. De startdatum is {Date(f.StartDate)}.
                In de eerste weken leren we {f.YouthGivenName} en u kennen. Samen maken we een plan met doelen.
                U kunt het plan altijd lezen in Samenspel.

                {mentor}
                {reach}

                Praktische zaken:
                {f.Practical}

                Wilt u laten weten dat u dit hebt gelezen? Dat kan tot en met {Date(f.ConfirmBy)}.
                Open deze link en klik op "Ik heb het gelezen":
                {f.Link}
                {password}
                Deze e-mail komt van {f.Organisation}, via Samenspel.
                U krijgt hem omdat {f.YouthGivenName} hulp krijgt van {f.Organisation}.
                """;
    }
}
