using System.Globalization;
using System.Net.Mail;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Samenspel.Web.Features.Announcements;

/// <summary>Writes an announcement or a newsletter issue for an audience of one team or the whole organisation.
/// Published today at once, or at 08:00 on a later date by the scheduler.</summary>
[Authorize(Policy = Policies.Announcer)]
public sealed class NewModel(SamenspelDb db, AnnouncementDelivery delivery, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel, IAudiencePage
{
    public sealed class InputModel : AudienceInput
    {
        [Required(ErrorMessage = "Vul een titel in.")]
        [StringLength(Announcement.TitleLength, ErrorMessage = "De titel is te lang (maximaal 200 tekens).")]
        public string? Title { get; set; }

        [Required(ErrorMessage = "Schrijf het bericht.")]
        [StringLength(Announcement.BodyLength, ErrorMessage = "Het bericht is te lang (maximaal 4000 tekens).")]
        public string? Body { get; set; }

        [Required(ErrorMessage = "Vul de datum in waarop het bericht verschijnt.")]
        public string? PublishOn { get; set; }

        /// <summary>Empty: one announcement. 1–28: an issue of a newsletter that appears every month on that day.</summary>
        [Range(1, 28, ErrorMessage = "Kies een dag van 1 tot en met 28.")]
        public int? MonthlyDay { get; set; }

        /// <summary>E-mail addresses of people the organisation knows, one per line, who get it as well.</summary>
        [StringLength(2000, ErrorMessage = "Dat zijn te veel adressen (maximaal 2000 tekens).")]
        public string? AlsoTo { get; set; }

        public Guid SubmissionId { get; set; } = Guid.CreateVersion7();
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    AudienceInput IAudiencePage.Input => Input;
    public AudienceChoice Audiences { get; private set; } = null!;
    public IEnumerable<SelectListItem> MonthlyOptions => new[] { new SelectListItem(t["Nee, een los bericht"], "") }
        .Concat(Enumerable.Range(1, 28).Select(d => new SelectListItem(t["Ja, elke maand op dag {0}", d], d.ToString(CultureInfo.InvariantCulture))));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Scope = Audiences.DefaultScope;
        Input.PublishOn = clock.DutchToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var viewer = Viewer.From(User)!;
        var now = clock.GetUtcNow();
        var today = DutchCalendar.DateAt(now);
        DateOnly publishOn = default;
        if (Input.PublishOn is { } on)
        {
            if (!DutchDates.TryParseDate(on, out publishOn))
                ModelState.AddModelError("Input.PublishOn", t["Vul een datum in, bijvoorbeeld 1-12-2026."]);
            else if (publishOn < today)
                ModelState.AddModelError("Input.PublishOn", t["Deze datum is al geweest. Kies vandaag of later."]);
        }
        var named = new List<Recipient>();
        foreach (var line in (Input.AlsoTo ?? "").Split(['\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!MailAddress.TryCreate(line, out _))
                ModelState.AddModelError("Input.AlsoTo", t["Dit is geen e-mailadres: {0}", line]);
            else if (await Recipients.ByEmailAsync(db, viewer.OrganisationId, line, ct) is { } known)
                named.Add(known);
            else
                ModelState.AddModelError("Input.AlsoTo", t["Dit e-mailadres kennen we niet: {0}. Kijk of het goed geschreven is. Iemand die nog niet in Samenspel staat, voegt u eerst toe.", line]);
        }
        var team = await Audiences.CheckAsync(Input, ModelState, db, today, othersNamed: named.Count > 0, ct);
        if (!ModelState.IsValid) return Page();

        var announcement = new Announcement
        {
            Id = Input.SubmissionId, OrganisationId = viewer.OrganisationId, TeamId = team, Audience = Input.Audience!.Value,
            Title = Input.Title!.Trim(), Body = Input.Body!.Trim(), PublishOn = publishOn, PublishAt = AnnouncementDelivery.PublishAt(publishOn, now),
            MonthlyDay = Input.MonthlyDay, WrittenByStaffId = viewer.PersonId, CreatedAt = now,
        };
        foreach (var p in named.DistinctBy(p => (p.Kind, p.PersonId)))
            db.AnnouncementRecipients.Add(new AnnouncementRecipient
            {
                AnnouncementId = Input.SubmissionId, Kind = p.Kind, PersonId = p.PersonId, UserId = p.UserId, Name = p.Name, Email = p.Email,
            });
        // Sent again (Back, or a double click): the writer's own announcement is there. Anyone else's id stores nothing.
        var writer = viewer.PersonId;
        var saved = await db.InsertOnceAsync(announcement, a => a.WrittenByStaffId == writer && a.EventId == null, ct);
        if (saved == Submission.Refused)
        {
            Input.SubmissionId = InsertOnce.Refuse(ModelState, "Input.Title", t);
            return Page();
        }
        db.ChangeTracker.Clear();
        if (saved == Submission.Stored && publishOn == today) await delivery.PublishAsync(Input.SubmissionId, ct);
        return RedirectToPage("/Announcements/Details", new { id = Input.SubmissionId, saved = "true" });
    }

    async Task LoadAsync(CancellationToken ct) => Audiences = await AudienceChoice.ForAsync(db, Viewer.From(User)!, t, ct);
}
