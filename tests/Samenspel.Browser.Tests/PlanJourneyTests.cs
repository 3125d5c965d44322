using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Samenspel.Browser.Tests;

/// <summary>
/// The whole start of a trajectory, in the browser: the mentor runs the intake, sends the start information and
/// makes the plan; a parent follows the link in the start mail (read from the SMTP server), confirms and agrees; the
/// other parent never confirms and is on the call list once the deadline has passed; Noor reads her goals in her own
/// words; the mentor scores an evaluation and sees the T-score. Afterwards axe-core checks every page of the path on
/// a phone and a laptop.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanJourneyTests(Chromium chromium, ClockedAppServer app) : IClassFixture<ClockedAppServer>
{
    const string SchoolGoal = "Ik ga elke dag naar school.";
    const string FriendsGoal = "Ik zie mijn vriendinnen één keer per week.";

    [BrowserFact]
    public async Task Intake_start_information_plan_agreement_call_list_goals_and_evaluation()
    {
        // The mentor runs the intake from Noor's file, part by part, and finishes it.
        var mentor = await chromium.NewPageAsync(Viewport.Laptop);
        await mentor.LogInAsync(app, DemoSeed.Email.Mentor);
        await mentor.GetByRole(AriaRole.Link, new() { Name = "Noor Peters", Exact = true }).ClickAsync();
        await mentor.ExpectHeadingAsync("Noor Peters");
        var fileUrl = mentor.Url;
        await mentor.GetByRole(AriaRole.Link, new() { Name = "Intakegesprek", Exact = true }).ClickAsync();
        await mentor.ExpectHeadingAsync("Intake van Noor Peters");
        var intakeUrl = mentor.Url;
        await FillIntakePartAsync(mentor, "Eerdere hulp", new()
        {
            ["Welke hulp is eerder geprobeerd?"] = "Schoolmaatschappelijk werk, een half jaar.",
            ["Wat hielp?"] = "Vaste afspraken met de mentor op school.",
            ["Wat hielp niet?"] = "Gesprekken zonder Noor erbij.",
        });
        await FillIntakePartAsync(mentor, "Hulpvragen", new()
        {
            ["De hulpvraag van de jongere"] = "Ik wil weer naar school durven.",
            ["De hulpvraag van de ouders of opvoeders"] = "Minder ruzie thuis over school.",
        });
        await FillIntakePartAsync(mentor, "Verwachtingen", new()
        {
            ["Wat verwacht de jongere?"] = "Dat ze naar mij luisteren.",
            ["Wat verwachten de ouders of opvoeders?"] = "Elke twee weken horen hoe het gaat.",
            ["Wat verwacht het team? Wie doet wat?"] = "Eva ziet Noor elke week.",
        });
        await FillIntakePartAsync(mentor, "Voorwaarden", new() { ["Voorwaarden en afspraken"] = "Noor woont thuis." });
        await FillIntakePartAsync(mentor, "Contact met behandelaars", new() { ["Met welke behandelaar is contact gepland?"] = "De huisarts, dokter Smit." });
        await FillIntakePartAsync(mentor, "Kennismaken met het team", new() { ["Welke teamleden gaat de familie ontmoeten, en wanneer?"] = "Eva en Joris, in de eerste week." });
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Intake afronden", Exact = true }).ClickAsync();
        await Expect(mentor.GetByRole(AriaRole.Status)).ToContainTextAsync("De intake is afgerond.");

        // The trajectory starts: start information to the parents and Noor, read by Friday.
        await mentor.GotoAsync(fileUrl);
        await mentor.GetByRole(AriaRole.Link, new() { Name = "Startinformatie versturen", Exact = true }).ClickAsync();
        await mentor.GetByLabel("Praktische zaken", new() { Exact = true }).FillAsync("Woensdag om 13 uur. U kunt parkeren achter het gebouw.");
        var confirmBy = await mentor.GetByLabel("Gelezen vóór", new() { Exact = true }).InputValueAsync();
        Assert.Equal("2026-11-28", confirmBy); // five days from Monday 23 November
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Startinformatie versturen", Exact = true }).ClickAsync();
        await Expect(mentor.GetByRole(AriaRole.Status)).ToContainTextAsync("De startinformatie is verstuurd.");

        // The mentor makes the plan with two goals in Noor's words, the second weighing twice as much.
        await mentor.GotoAsync(fileUrl);
        await mentor.GetByRole(AriaRole.Link, new() { Name = "Het plan en de doelen", Exact = true }).ClickAsync();
        var planUrl = mentor.Url;
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Plan maken", Exact = true }).ClickAsync();
        await AddGoalAsync(mentor, SchoolGoal, "Schoolverzuim terugdringen", weight: "1");
        await AddGoalAsync(mentor, FriendsGoal, "Sociaal netwerk versterken", weight: "2");
        await Expect(mentor.GetByTestId("goal")).ToHaveCountAsync(2);

        // Mother Ingrid follows the link in her start mail, signs in on the way, confirms and agrees to the plan.
        var startMail = Assert.Single(MailsTo(DemoSeed.Email.NoorsMother));
        Assert.Contains("Eva de Boer", startMail.TextBody);
        Assert.Contains("U kunt parkeren achter het gebouw.", startMail.TextBody);
        var link = Regex.Match(startMail.TextBody ?? "", @"http://\S+/Onboarding/Read\?id=\S+").Value;
        Assert.StartsWith(app.BaseUrl, link);
        Assert.Single(MailsTo(DemoSeed.Email.NoorsFather));
        Assert.Single(MailsTo(DemoSeed.Email.Noor));

        var mother = await chromium.NewPageAsync(Viewport.Phone);
        await mother.GotoAsync(link);
        await mother.ExpectPathAsync("/Accounts/Login");
        await mother.SubmitLoginAsync(DemoSeed.Email.NoorsMother);
        await mother.ExpectHeadingAsync("Startinformatie over Noor");
        await mother.GetByRole(AriaRole.Button, new() { Name = "Ik heb het gelezen", Exact = true }).ClickAsync();
        await Expect(mother.GetByRole(AriaRole.Status)).ToContainTextAsync("U hebt dit gelezen op");
        await mother.GotoAsync(app.Url("/Family"));
        await mother.GetByRole(AriaRole.Link, new() { Name = "Het plan en de doelen (Noor Peters)", Exact = true }).ClickAsync();
        await Expect(mother.GetByRole(AriaRole.Heading, new() { Name = SchoolGoal, Exact = true })).ToBeVisibleAsync();
        await mother.GetByLabel("Toelichting (mag leeg blijven)", new() { Exact = true }).FillAsync("Goed dat school voorop staat.");
        await mother.GetByRole(AriaRole.Button, new() { Name = "Ik ga akkoord", Exact = true }).ClickAsync();
        await Expect(mother.GetByTestId("answer-form")).ToHaveCountAsync(0);
        var ingrid = mother.GetByTestId("agreements").Locator("li").Filter(new() { HasText = "Ingrid Peters" });
        await Expect(ingrid).ToContainTextAsync("Akkoord op 23 november 2026");
        await Expect(ingrid).ToContainTextAsync("Toelichting: Goed dat school voorop staat.");
        await Expect(mother.GetByTestId("agreements").Locator("li").Filter(new() { HasText = "Mark Peters" })).ToContainTextAsync("Nog niet gereageerd");

        // Father Mark never confirms. On the last day he is not on the call list yet; the day after he is.
        app.Clock.Advance(TimeSpan.FromDays(5)); // Saturday 28 November, the last day to confirm
        mentor = await SignInAgainAsync(mentor, DemoSeed.Email.Mentor);
        await mentor.GotoAsync(app.Url("/Onboarding/CallList"));
        await mentor.ExpectHeadingAsync("Bellijst");
        await Expect(mentor.Locator("tr[data-reason=NotConfirmed]")).ToHaveCountAsync(0);
        app.Clock.Advance(TimeSpan.FromDays(1));
        mentor = await SignInAgainAsync(mentor, DemoSeed.Email.Mentor);
        await mentor.GetByTestId("to-call").GetByRole(AriaRole.Link).ClickAsync();
        await mentor.ExpectHeadingAsync("Bellijst");
        var notConfirmed = mentor.Locator("tr[data-reason=NotConfirmed]");
        await Expect(notConfirmed.Filter(new() { HasText = "Mark Peters" })).ToContainTextAsync("heeft de startinformatie niet bevestigd");
        await Expect(notConfirmed.Filter(new() { HasText = "Ingrid Peters" })).ToHaveCountAsync(0);

        // Noor sees her goals in her own words, and can agree too.
        var noor = await chromium.NewPageAsync(Viewport.Phone);
        await noor.LogInAsync(app, DemoSeed.Email.Noor);
        await noor.GetByRole(AriaRole.Link, new() { Name = "Je plan en je doelen", Exact = true }).ClickAsync();
        await Expect(noor.GetByRole(AriaRole.Heading, new() { Name = SchoolGoal, Exact = true })).ToBeVisibleAsync();
        await Expect(noor.GetByRole(AriaRole.Heading, new() { Name = FriendsGoal, Exact = true })).ToBeVisibleAsync();
        await Expect(noor.GetByTestId("answer-form")).ToBeVisibleAsync();

        // The mentor records an evaluation: school +1 (weight 1), friends 0 (weight 2).
        // Hand-computed Kiresuk–Sherman, rho 0.3: 50 + 10·(1·1 + 2·0) / sqrt(0.7·(1² + 2²) + 0.3·(1 + 2)²) = 54.0
        await mentor.GotoAsync(app.Url(new Uri(planUrl).PathAndQuery.Replace("/Plan?", "/Evaluations?")));
        await mentor.GetByRole(AriaRole.Link, new() { Name = "Evaluatie vastleggen", Exact = true }).ClickAsync();
        await mentor.GetByLabel("Wat ging goed?", new() { Exact = true }).FillAsync("Noor ging vier van de vijf dagen naar school.");
        await mentor.GetByLabel("Wat ging minder goed?", new() { Exact = true }).FillAsync("Vriendinnen zag ze weinig.");
        await mentor.GetByLabel(SchoolGoal, new() { Exact = true }).SelectOptionAsync("1");
        await mentor.GetByLabel(FriendsGoal, new() { Exact = true }).SelectOptionAsync("0");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Expect(mentor.GetByTestId("tscore").First).ToHaveTextAsync("T-score: 54,0");

        foreach (var page in new[] { mentor, mother, noor }) await page.Context.CloseAsync();

        // Every page of the path passes axe-core on a phone and on a laptop.
        var youthQuery = new Uri(planUrl).Query;
        var startInfo = new Uri(link).PathAndQuery;
        await chromium.AssertAccessibleAsync(app, DemoSeed.Email.Mentor, new Uri(intakeUrl).PathAndQuery, $"/Intake/Edit{youthQuery}&part=requests", $"/Onboarding/Start{youthQuery}",
            $"/Onboarding/Reached{youthQuery}", "/Onboarding/CallList", $"/Plan{youthQuery}", $"/Plan/Goal{youthQuery}", $"/Plan/Describe{youthQuery}",
            $"/Plan/Score{youthQuery}", $"/Agreements{youthQuery}", $"/Agreements/Edit{youthQuery}", $"/Evaluations{youthQuery}",
            $"/Evaluations/New{youthQuery}", $"/Evaluations/Rhythm{youthQuery}", "/Caseload");
        await chromium.AssertAccessibleAsync(app, DemoSeed.Email.NoorsMother, startInfo, $"/Plan{youthQuery}", $"/Intake{youthQuery}", $"/Agreements{youthQuery}", $"/Evaluations{youthQuery}", "/Family");
        await chromium.AssertAccessibleAsync(app, DemoSeed.Email.Noor, $"/Plan{youthQuery}", "/Me");
    }

    async Task FillIntakePartAsync(IPage page, string part, Dictionary<string, string> fields)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = $"Invullen {part}", Exact = true }).ClickAsync();
        await page.ExpectHeadingAsync(part);
        foreach (var (label, text) in fields)
            await page.GetByLabel(label, new() { Exact = true }).FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Opgeslagen.");
    }

    static async Task AddGoalAsync(IPage page, string youthWording, string professionalWording, string weight)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Doel toevoegen", Exact = true }).ClickAsync();
        await page.GetByLabel("Het doel in de woorden van de jongere", new() { Exact = true }).FillAsync(youthWording);
        await page.GetByLabel("Het doel in de taal van de hulpverlening (mag leeg blijven)", new() { Exact = true }).FillAsync(professionalWording);
        await page.GetByLabel("Wie werkt aan dit doel?", new() { Exact = true }).FillAsync("Noor, samen met Eva");
        await page.GetByLabel("Gewicht", new() { Exact = true }).FillAsync(weight);
        await page.GetByLabel("-2: veel minder dan verwacht", new() { Exact = true }).FillAsync("Nooit");
        await page.GetByLabel("-1: minder dan verwacht", new() { Exact = true }).FillAsync("Soms");
        await page.GetByLabel("0: wat we verwachten", new() { Exact = true }).FillAsync("Meestal");
        await page.GetByLabel("+1: meer dan verwacht", new() { Exact = true }).FillAsync("Bijna altijd");
        await page.GetByLabel("+2: veel meer dan verwacht", new() { Exact = true }).FillAsync("Altijd");
        await page.GetByLabel("Stapjes (één per regel)", new() { Exact = true }).FillAsync("Wekker op 7 uur\nSamen ontbijten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await page.ExpectPathAsync("/Plan");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = youthWording, Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>After the clock moved days ahead the sign-in has lapsed, as it would have: a new day, a new sign-in.</summary>
    async Task<IPage> SignInAgainAsync(IPage old, string email)
    {
        await old.Context.CloseAsync();
        var page = await chromium.NewPageAsync(Viewport.Laptop);
        await page.LogInAsync(app, email);
        return page;
    }

    List<MimeMessage> MailsTo(string address) =>
        app.Smtp.Messages().Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();
}
