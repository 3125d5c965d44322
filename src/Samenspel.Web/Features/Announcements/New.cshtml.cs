using Microsoft.AspNetCore.Authorization;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samenspel.Domain.Access;
using Samenspel.Domain.Communication;
using Samenspel.Web.Access;
using Samenspel.Web.Data;
using Samenspel.Web.Features.Shared;

namespace Samenspel.Web.Features.Announcements;

/// <summary>Writes an announcement or a newsletter issue for an audience of one team or the whole organisation.
/// Published today at once, or at 08:00 on a later date by the scheduler.</summary>
[Authorize(Policy = Policies.Announcer)]
public sealed class NewModel(SamenspelDb db, AnnouncementDelivery delivery, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Kies voor wie het bericht is.")]
        public string? Scope { get; set; }

        [Required(ErrorMessage = "Kies de groep die het bericht krijgt.")]
        public Audience? Audience { get; set; }

        [Required(ErrorMessage = "Vul een titel in.")]
        [StringLength(Announcement.TitleLength, ErrorMessage = "De titel is te lang (maximaal 200 tekens).")]
        public string? Title { get; set; }

        [Required(ErrorMessage = "Schrijf het bericht.")]
        [StringLength(Announcement.BodyLength, ErrorMessage = "Het bericht is te lang (maximaal 4000 tekens).")]
        public string? Body { get; set; }

        [Required(ErrorMessage = "Vul de datum in waarop het bericht verschijnt.")]
        public string? PublishOn { get; set; }

        /// <summary>Empty: one announcement. 1–28: an issue of a newsletter that appears every month on that day.</summary>
        public int? MonthlyDay { get; set; }

        /// <summary>E-mail addresses of people the organisation knows, one per line, who get it as well.</summary>
        [StringLength(2000, ErrorMessage = "Dat zijn te veel adressen (maximaal 2000 tekens).")]
        public string? AlsoTo { get; set; }

        public Guid SubmissionId { get; set; } = Guid.CreateVersion7();
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public List<SelectListItem> ScopeOptions { get; private set; } = [];
    public IEnumerable<SelectListItem> AudienceOptions => Choose(Enum.GetValues<Audience>().Select(a => new SelectListItem(t.Of(a), a.ToString())));
    public IEnumerable<SelectListItem> MonthlyOptions => new[] { new SelectListItem(t["Nee, een los bericht"], "") }
        .Concat(Enumerable.Range(1, 28).Select(d => new SelectListItem(t["Ja, elke maand op dag {0}", d], d.ToString(CultureInfo.InvariantCulture))));
    IEnumerable<SelectListItem> Choose(IEnumerable<SelectListItem> items) => new[] { new SelectListItem(t["Kies…"], "") }.Concat(items);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Scope = ScopeOptions.Count == 1 ? ScopeOptions[0].Value : null;
        Input.PublishOn = clock.DutchToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var viewer = Viewer.From(User)!;
        var now = clock.GetUtcNow();
        var today = DutchCalendar.DateAt(now);
        if (ModelState.TryGetValue("Input.Audience", out var a) && a.Errors.Count > 0) { a.Errors.Clear(); a.Errors.Add(t["Kies de groep die het bericht krijgt."]); }
        if (ModelState.TryGetValue("Input.MonthlyDay", out var m) && m.Errors.Count > 0) { m.Errors.Clear(); m.Errors.Add(t["Kies een dag van 1 tot en met 28."]); }
        if (Input.MonthlyDay is < 1 or > 28) ModelState.AddModelError("Input.MonthlyDay", t["Kies een dag van 1 tot en met 28."]);
        Guid? team = null;
        if (Input.Scope is not null && !AnnouncementLabels.TryScope(Input.Scope, ScopeOptions, out team))
            ModelState.AddModelError("Input.Scope", t["Kies een team uit de lijst."]);
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
        if (ModelState.IsValid && named.Count == 0
            && (await Recipients.OfAudienceAsync(db, viewer.OrganisationId, team, Input.Audience!.Value, today, ct)).Count == 0)
            ModelState.AddModelError("Input.Audience", t["In deze groep is nog niemand met een account of e-mailadres. Kies een andere groep."]);
        if (!ModelState.IsValid) return Page();

        // Sent again (Back, or a double click): the writer's own announcement is there. Anyone else's id stores nothing.
        var earlier = await EarlierAsync(viewer.PersonId, ct);
        if (earlier == false)
        {
            Input.SubmissionId = InsertOnce.Refuse(ModelState, "Input.Title", t);
            return Page();
        }
        if (earlier is null)
        {
            db.Announcements.Add(new Announcement
            {
                Id = Input.SubmissionId, OrganisationId = viewer.OrganisationId, TeamId = team, Audience = Input.Audience!.Value,
                Title = Input.Title!.Trim(), Body = Input.Body!.Trim(), PublishOn = publishOn, PublishAt = AnnouncementDelivery.PublishAt(publishOn, now),
                MonthlyDay = Input.MonthlyDay, WrittenByStaffId = viewer.PersonId, CreatedAt = now,
            });
            foreach (var p in named.DistinctBy(p => (p.Kind, p.PersonId)))
                db.AnnouncementRecipients.Add(new AnnouncementRecipient
                {
                    AnnouncementId = Input.SubmissionId, Kind = p.Kind, PersonId = p.PersonId, UserId = p.UserId, Name = p.Name, Email = p.Email,
                });
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException)
            {
                // A second submit raced the first past the check above; the key kept it to one announcement.
                db.ChangeTracker.Clear();
                var stored = await EarlierAsync(viewer.PersonId, ct);
                if (stored is null) throw;
                if (stored == false)
                {
                    Input.SubmissionId = InsertOnce.Refuse(ModelState, "Input.Title", t);
                    return Page();
                }
            }
            db.ChangeTracker.Clear();
            if (publishOn == today) await delivery.PublishAsync(Input.SubmissionId, ct);
        }
        return RedirectToPage("/Announcements/Details", new { id = Input.SubmissionId, saved = "true" });
    }

    /// <summary>Null when no announcement has the form's id; true when it is this writer's own announcement (this
    /// form, sent before); false when it is another one.</summary>
    async Task<bool?> EarlierAsync(Guid writer, CancellationToken ct) =>
        await db.Announcements.AsNoTracking().Where(x => x.Id == Input.SubmissionId)
            .Select(x => (bool?)(x.WrittenByStaffId == writer && x.EventId == null)).SingleOrDefaultAsync(ct);

    async Task LoadAsync(CancellationToken ct) =>
        ScopeOptions = await AnnouncementLabels.ScopeOptionsAsync(db, Viewer.From(User)!, t, ct);
}
