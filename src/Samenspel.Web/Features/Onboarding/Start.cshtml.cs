using Microsoft.AspNetCore.Identity;
using Samenspel.Web.Features.Accounts;
using Samenspel.Web.Mail;

namespace Samenspel.Web.Features.Onboarding;

/// <summary>The team sends the start information to every carer and the youth, with a date to confirm reading by.
/// Someone without an account gets one (without a password) and an invitation first. A mail that cannot be sent is
/// marked, so the person lands on the mentor's call list.</summary>
[Authorize(Policy = Policies.Staff)]
[YouthData(DataCategory.Register, AccessAction.Write)]
public sealed class StartModel(SamenspelDb db, UserManager<AppUser> users, Mailer mailer, SamenspelSettings settings,
    TimeProvider clock, IStringLocalizer<SharedResource> t, ILogger<StartModel> log) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul de praktische zaken in, zoals de tijden en wat de jongere meeneemt.")]
        [StringLength(4000, ErrorMessage = "Dit is te lang. U kunt maximaal 4000 tekens schrijven.")]
        public string Practical { get; set; } = "";

        [Required(ErrorMessage = "Kies tot wanneer iedereen kan laten weten dat hij het heeft gelezen.")]
        public DateOnly? ConfirmBy { get; set; }

        /// <summary>Made when the form is shown and used as the id, so a double submit sends once.</summary>
        public Guid SubmissionId { get; set; } = Guid.CreateVersion7();
    }

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public string YouthName { get; private set; } = "";
    public List<StartPeople.Person> People { get; private set; } = [];
    public List<string> Problems { get; private set; } = [];
    public string? Error { get; private set; }
    public bool Sent { get; private set; }

    DateOnly Today => clock.DutchToday();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Input.ConfirmBy = Today.AddDays(5);
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.ConfirmBy < Today) ModelState.AddModelError("Input.ConfirmBy", t["Deze datum ligt in het verleden."]);
        // Sent again (Back, or a double click): this youth's start information is out. Another youth's id sends nothing.
        var earlier = await db.StartInformation.Where(s => s.Id == Input.SubmissionId).Select(s => (Guid?)s.YouthId).SingleOrDefaultAsync(ct);
        if (earlier == YouthId) return RedirectToPage("/Onboarding/Reached", new { youthId = YouthId, sent = "true" });
        if (earlier is not null) Input.SubmissionId = InsertOnce.Refuse(ModelState, "Input.Practical", t);
        var youth = await db.Youths.AsNoTracking().SingleAsync(y => y.Id == YouthId, ct);
        var trajectory = await db.Trajectories.AsNoTracking().CurrentTrajectory(YouthId)
            .Join(db.Teams, x => x.TeamId, team => team.Id, (x, team) => new { x.Id, x.StartDate, Team = team.Name }).FirstOrDefaultAsync(ct);
        if (trajectory is null) Error = t["Er is nog geen traject. Leg eerst het traject vast."];
        if (!ModelState.IsValid || Error is not null) return await ShowAsync(ct);

        var now = clock.GetUtcNow();
        var info = new StartInformation
        {
            Id = Input.SubmissionId, TrajectoryId = trajectory!.Id, YouthId = YouthId, Practical = Input.Practical.Trim(), SentAt = now, ConfirmBy = Input.ConfirmBy!.Value,
        };
        var sends = new List<(StartPeople.Person Person, AppUser User, StartRecipient Recipient)>();
        foreach (var person in await StartPeople.ForYouthAsync(db, youth, Today, ct))
        {
            var (user, error) = await StartPeople.AccountAsync(db, users, person, youth.OrganisationId, YouthId);
            if (user is null) { Problems.Add(t["{0} krijgt niets: er kon geen account worden gemaakt. {1}", person.Name, error ?? ""]); continue; }
            var recipient = new StartRecipient { StartInformationId = info.Id, YouthId = YouthId, UserId = user.Id, CarerId = person.CarerId };
            info.Recipients.Add(recipient);
            sends.Add((person, user, recipient));
        }
        // A double submit that got past the check above is stored once, and only the first sends the mail.
        switch (await db.InsertOnceAsync(info, s => s.YouthId == YouthId, ct))
        {
            case Submission.StoredBefore: return RedirectToPage("/Onboarding/Reached", new { youthId = YouthId, sent = "true" });
            case Submission.Refused:
                Input.SubmissionId = InsertOnce.Refuse(ModelState, "Input.Practical", t);
                return await ShowAsync(ct);
        }

        var mentor = await db.MentorOf(trajectory.Id).AsNoTracking().Select(s => new { s.Name, s.Email }).FirstOrDefaultAsync(ct);
        var organisation = await db.Organisations.Where(o => o.Id == youth.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        var sender = await db.Staff.Where(s => s.Id == Viewer.From(User)!.PersonId).Select(s => s.Name).SingleAsync(ct);
        var facts = new StartMail.Facts(organisation, youth.GivenName, trajectory.Team, trajectory.StartDate, mentor?.Name, mentor?.Email,
            info.Practical!, info.ConfirmBy, $"{settings.PublicUrl}/Onboarding/Read?id={info.Id}");
        foreach (var (person, user, recipient) in sends)
        {
            var invite = user.PasswordHash is null;
            try
            {
                if (invite) await Invitations.SendAsync(db, mailer, settings, user, organisation, sender, ct);
                await mailer.SendAsync(person.Email, StartMail.Subject(facts), StartMail.Body(person.Name, person.Kind == AccountKind.Youth, invite, facts), organisation, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Start information {Id} could not be mailed to user {UserId}", info.Id, user.Id);
                recipient.MailFailed = true;
            }
        }
        await db.SaveChangesAsync(ct);
        Sent = true;
        if (Problems.Count > 0) return await ShowAsync(ct);
        return RedirectToPage("/Onboarding/Reached", new { youthId = YouthId, sent = "true" });
    }

    async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var youth = await db.Youths.AsNoTracking().SingleAsync(y => y.Id == YouthId, ct);
        YouthName = youth.FullName;
        People = await StartPeople.ForYouthAsync(db, youth, Today, ct);
        return Page();
    }
}
