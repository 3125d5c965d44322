using Samenspel.Web.Features.Plan;
using EvaluationPage = Samenspel.Web.Features.Evaluations.NewModel;

namespace Samenspel.Web.Data;

/// <summary>The plans: goals in the youth's own words with five described levels, agreed to by the youth and the
/// carers with authority, scored at the start and at every evaluation (so the T-score has a history), and changed
/// after an evaluation into a new version that asks for agreement again.</summary>
public sealed partial class DemoStory
{
    sealed record GoalText(string Wording, string Owner, string[] Levels, params string[] Steps);

    async Task PlansAsync(CancellationToken ct)
    {
        await NoorsPlanAsync(ct);
        await DaansPlanAsync(ct);

        var sam = await PlanAsync(c.Sam, c.Of(c.Sam).StartDate.AddDays(5), "Sam wil zelf meer doen. Mama en de mentor helpen hem daarbij.",
            "Ik wil het zelf kunnen.", "Dat Sam thuis en op school rustiger is.", "We oefenen kleine stapjes, thuis en op de groep.",
            [
                new("Ik pak zelf mijn tas in voor school.", "Sam, met hulp van mama",
                    ["Mama pakt mijn tas helemaal in.", "Ik pak mijn tas in als mama zegt wat erin moet.", "Ik pak mijn tas zelf in met het lijstje op de deur.",
                     "Ik pak mijn tas zelf in en vergeet bijna nooit iets.", "Ik pak mijn tas zelf in zonder lijstje."],
                    "Lijstje op de deur hangen", "Elke avond na het eten de tas inpakken"),
                new("Als ik boos ben, ga ik naar mijn rustige plek.", "Sam, met hulp van Eva",
                    ["Ik word boos en ga gooien of slaan.", "Ik word boos en ga schreeuwen.", "Ik ga soms naar mijn rustige plek als ik boos ben.",
                     "Ik ga meestal naar mijn rustige plek als ik boos ben.", "Ik ga naar mijn rustige plek en vertel daarna wat er was."],
                    "Samen een rustige plek kiezen", "Oefenen met de kaart 'ik ben boos'"),
            ], [-1, -1]);
        Agree(sam, DutchCalendar.DateAt(sam.CreatedAt).AddDays(3), null, c.Linda);

        var lotte = await PlanAsync(c.Lotte, c.Of(c.Lotte).StartDate.AddDays(10), null,
            "Ik wil gewoon leuke dingen doen, net als anderen.", "Dat Lotte een vaste plek heeft waar ze zich thuis voelt.",
            "Lotte went in het pleeggezin. We letten op wat haar rust geeft.",
            [
                new("Ik ga elke week naar voetbaltraining.", "Lotte",
                    ["Ik ga niet naar training.", "Ik ga soms naar training.", "Ik ga de meeste weken naar training.",
                     "Ik ga elke week naar training.", "Ik ga elke week naar training en help bij de jongste groep."],
                    "Lid worden van de club", "Fiets laten maken"),
                new("Ik vertel het iemand als ik ergens mee zit.", "Lotte, met hulp van Ruben",
                    ["Ik houd alles voor mezelf.", "Ik vertel het soms, als iemand er zelf naar vraagt.", "Ik vertel het meestal aan iemand die ik vertrouw.",
                     "Ik vertel het zelf, op dezelfde dag.", "Ik vertel het zelf en vraag om wat ik nodig heb."]),
            ], [-1, -1]);
        await EvaluateAsync(lotte, today.AddDays(-5), [0, -1], "Lotte gaat bijna elke week naar training.",
            "Praten over wat haar dwarszit, vindt ze nog moeilijk.", null);
        await db.SaveChangesAsync(ct);
    }

    async Task NoorsPlanAsync(CancellationToken ct)
    {
        var start = c.Of(c.Noor).StartDate;
        var v1 = await PlanAsync(c.Noor, start.AddDays(7),
            "Noor ging de laatste maanden weinig naar school. We hebben gekeken naar wat haar helpt: een vaste dag-indeling, hulp bij plannen en een plek om af te koelen.",
            "Ik wil weer naar school, maar niet alles tegelijk.", "Dat Noor weer elke dag naar school gaat.", "We beginnen met school en huiswerk; boosheid komt daarna.",
            [
                new("Ik ga elke dag naar school, ook als ik er geen zin in heb.", "Noor, met hulp van Eva",
                    ["Ik ga minder dan twee dagen per week naar school.", "Ik ga twee of drie dagen per week naar school.", "Ik ga vier dagen per week naar school.",
                     "Ik ga elke dag naar school.", "Ik ga elke dag naar school en ben bijna nooit te laat."],
                    "Wekker op 7:00 uur zetten", "De avond ervoor mijn tas inpakken", "Bij de mentor op school melden als het niet gaat"),
                new("Ik maak mijn huiswerk zelf, met een planning.", "Noor",
                    ["Ik maak bijna nooit huiswerk.", "Ik maak soms huiswerk, als iemand me eraan herinnert.", "Ik maak het meeste huiswerk, met hulp bij het plannen.",
                     "Ik plan mijn huiswerk zelf en maak het meestal af.", "Ik plan mijn huiswerk zelf en maak alles op tijd af."],
                    "Elke maandag een weekplanning maken met Eva", "Huiswerk maken op dinsdag en donderdag"),
                new("Als ik boos word, loop ik even weg in plaats van te schreeuwen.", "Noor, met hulp van Joris",
                    ["Ik schreeuw of gooi met dingen als ik boos ben, bijna elke week.", "Ik word boos en schreeuw soms. Daarna praat ik er niet over.",
                     "Ik loop meestal weg als ik boos word.", "Ik loop weg en praat er later over met iemand.", "Ik merk op tijd dat ik boos word en zeg wat ik nodig heb."],
                    "Een plek kiezen waar ik even heen kan"),
            ], [-1, -2, -1]);
        TickSteps(v1, 0, 2, start.AddDays(14));
        Agree(v1, start.AddDays(10), "Ik vind het goed zo. Ik wil eerst school doen.", c.Ingrid);
        await EvaluateAsync(v1, start.AddDays(42), [-1, -1, -1], "Noor gaat drie dagen per week naar school. De weekplanning helpt.",
            "Op maandag blijft ze vaak thuis.", null);
        await EvaluateAsync(v1, start.AddDays(91), [0, -1, 0], "Noor gaat vier dagen naar school en loopt weg als ze boos wordt.",
            "Huiswerk thuis lukt nog niet.", "Het huiswerkdoel gaat ook over thuis.");

        // After the second evaluation the homework goal is changed: a new version, which asks for agreement again.
        var v2 = PlanReader.Writable(db, v1, Ago(21, 11));
        var homework = v2.Goals.Single(g => g.Position == 1);
        v2.ChangeGoal(homework.Id, "Ik plan mijn huiswerk zelf, ook thuis.", null, homework.Owner, homework.Levels, homework.Weight);
        homework.AddStep("Thuis een vaste plek en tijd voor huiswerk");
        Agree(v2, today.AddDays(-19), "Ja, thuis ga ik het ook proberen.", c.Ingrid, c.Mark);
        await db.SaveChangesAsync(ct);
        await EvaluateAsync(v2, today.AddDays(-10), [1, 0, 0], "Noor gaat elke dag naar school. Thuis maakt ze soms huiswerk.",
            "Op drukke dagen vergeet ze de planning.", null);
    }

    async Task DaansPlanAsync(CancellationToken ct)
    {
        var start = c.Of(c.Daan).StartDate;
        var v1 = await PlanAsync(c.Daan, start.AddDays(10),
            "Daan wordt over een half jaar 18. Hij wil zelfstandig wonen. Daarvoor oefent hij met werk, koken en geld.",
            "Ik wil later op mezelf wonen en mijn eigen geld verdienen.", "Dat Daan leert voor zichzelf te zorgen.", "We oefenen elke dag in de groep.",
            [
                new("Ik wil een bijbaan en daar elke week naartoe gaan.", "Daan",
                    ["Ik heb geen bijbaan en zoek er ook niet naar.", "Ik zoek een bijbaan, maar heb nog niet gesolliciteerd.", "Ik heb gesolliciteerd en een gesprek gehad.",
                     "Ik heb een bijbaan en ga er meestal naartoe.", "Ik heb een bijbaan en ga er elke week op tijd naartoe."],
                    "Een cv maken", "Drie brieven sturen"),
                new("Ik kook twee keer per week zelf.", "Daan, met hulp van Fatima",
                    ["Ik kook nooit zelf.", "Ik kook soms, als iemand van de groep helpt.", "Ik kook één keer per week zelf.",
                     "Ik kook twee keer per week zelf.", "Ik kook twee keer per week zelf en doe ook de boodschappen."],
                    "Drie recepten uitkiezen"),
                new("Ik weet hoeveel geld ik elke week uitgeef.", "Daan",
                    ["Ik weet niet waar mijn geld blijft.", "Ik houd het soms bij, maar vaak vergeet ik het.", "Ik houd elke week bij wat ik uitgeef.",
                     "Ik houd het bij en houd geld over.", "Ik houd het bij en spaar elke week een vast bedrag."],
                    "Een app voor mijn geld kiezen"),
            ], [-1, -2, -2]);
        TickSteps(v1, 0, 2, start.AddDays(60));
        Agree(v1, start.AddDays(12), "Prima.", c.Anja, c.Kees);
        await EvaluateAsync(v1, start.AddDays(91), [0, -1, -1], "Daan heeft gesolliciteerd en kookt soms mee.", "Geld bijhouden vergeet hij vaak.", null);
        await EvaluateAsync(v1, start.AddDays(168), [0, 0, -1], "Daan kookt elke week zelf.", "Geld blijft lastig.", "Het kookdoel gaat ook over boodschappen doen.");

        var v2 = PlanReader.Writable(db, v1, On(start.AddDays(170), 11));
        var cooking = v2.Goals.Single(g => g.Position == 1);
        v2.ChangeGoal(cooking.Id, "Ik kook twee keer per week zelf en doe zelf de boodschappen.", null, cooking.Owner, cooking.Levels, cooking.Weight);
        // Daan and his mother agreed; his father has not answered this version yet, so the plan page asks him.
        Agree(v2, start.AddDays(172), "Ik doe de boodschappen al.", c.Anja);
        await db.SaveChangesAsync(ct);
        await EvaluateAsync(v2, today.AddDays(-14), [1, 1, 0], "Daan heeft een bijbaan bij de supermarkt en kookt twee keer per week.",
            "Sparen lukt nog niet elke week.", null);
    }

    /// <summary>Version 1 of the youth's plan as the plan pages build it, with the scores at the start.</summary>
    async Task<Plan> PlanAsync(Youth youth, DateOnly on, string? considerations, string youthView, string carersView, string teamView,
        GoalText[] goals, int[] startLevels)
    {
        var trajectory = c.Of(youth);
        var plan = PlanReader.Start(db, new TrajectoryRef(trajectory.Id, trajectory.StartDate), youth.Id, On(on, 11));
        plan.Describe(considerations, youthView, carersView, teamView);
        foreach (var g in goals)
        {
            var goal = plan.AddGoal(g.Wording, null, g.Owner, g.Levels);
            foreach (var step in g.Steps) goal.AddStep(step);
        }
        db.GoalScorings.AddRange(plan.Goals.Select((g, i) => new GoalScoring
        {
            GoalLineageId = g.LineageId, YouthId = youth.Id, TrajectoryId = trajectory.Id, Moment = ScoringMoment.Start, Level = startLevels[i], ScoredOn = on,
        }));
        await db.SaveChangesAsync();
        return plan;
    }

    static void TickSteps(Plan plan, int goal, int count, DateOnly on)
    {
        foreach (var step in plan.Goals.Single(g => g.Position == goal).Steps.OrderBy(s => s.Position).Take(count)) step.DoneOn = on;
    }

    /// <summary>The youth (when they have an account) and the given carers agree, a day apart from <paramref name="on"/>.</summary>
    void Agree(Plan plan, DateOnly on, string? youthComment, params Carer[] carers)
    {
        var youth = new[] { c.Sam, c.Noor, c.Daan, c.Lotte }.Single(y => y.Id == plan.YouthId);
        if (youth.UserId is { } youthUser) plan.RecordAgreement(PlanParty.Youth, youthUser, null, true, youthComment, On(on, 16));
        var day = 1;
        foreach (var carer in carers)
            plan.RecordAgreement(PlanParty.Carer, carer.UserId!.Value, carer.Id, true, null, On(on.AddDays(day++), 20));
    }

    async Task EvaluateAsync(Plan plan, DateOnly heldOn, int[] levels, string wentWell, string didNotGoWell, string? planChanges)
    {
        db.Evaluations.Add(EvaluationPage.Record(db, Guid.CreateVersion7(), plan.TrajectoryId, plan.YouthId, heldOn, wentWell, didNotGoWell, planChanges,
            plan.Goals.OrderBy(g => g.Position).Select((g, i) => (g.LineageId, levels[i])), On(heldOn, 15)));
        await db.SaveChangesAsync();
    }
}
