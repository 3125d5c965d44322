using Samenspel.Domain.Alliance;

namespace Samenspel.Web.Features.Alliance;

// Every named situation must have its text (CS8509 stays an error); only casts of other numbers are not covered.
#pragma warning disable CS8524

/// <summary>
/// The open follow-up questions of the conversation guide, written for Samenspel in plain Dutch (B1), one for each
/// situation a statement can be in, so every statement gets one. The mentor asks them of the youth in their own
/// words; they invite a story, not a yes or no. The switch has no default: a new situation does not compile
/// without its question.
/// </summary>
public static class FollowUpQuestions
{
    public static string Question(this IStringLocalizer t, Situation situation) => t[situation switch
    {
        Situation.YouthLower => "Jij was hier minder positief dan ik. Wat merk jij dat ik misschien niet zie?",
        Situation.YouthHigher => "Jij was hier positiever dan ik. Wat gaat er volgens jou goed?",
        Situation.Low => "Wat gaat hier nog niet goed? Wat zou er moeten veranderen?",
        Situation.Neutral => "Je koos het midden. Wat maakt dat het niet meer of minder is?",
        Situation.High => "Dit gaat goed. Wat doen we hier goed, zodat we dat zo houden?",
        Situation.Unanswered => "Deze zin is niet ingevuld. Wil je er nu iets over zeggen?",
    }];

    /// <summary>A short label for the situation, shown next to the statement.</summary>
    public static string Label(this IStringLocalizer t, Situation situation) => t[situation switch
    {
        Situation.YouthLower => "Groot verschil: jongere lager",
        Situation.YouthHigher => "Groot verschil: jongere hoger",
        Situation.Low => "Laag",
        Situation.Neutral => "In het midden",
        Situation.High => "Gaat goed",
        Situation.Unanswered => "Geen antwoord",
    }];
}
