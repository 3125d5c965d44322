using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Samenspel.Web.Features.Announcements;

namespace Samenspel.Web.Features.Events;

/// <summary>Plans an event and invites its audience at once, in the app and by e-mail.</summary>
[Authorize(Policy = Policies.Announcer)]
public sealed class NewModel(SamenspelDb db, EventDelivery delivery, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel, IAudiencePage
{

    public sealed class InputModel : AudienceInput
    {
        [Required(ErrorMessage = "Kies wat voor bijeenkomst het is.")]
        public EventKind? Kind { get; set; }

        [Required(ErrorMessage = "Vul een titel in.")]
        [StringLength(Announcement.TitleLength, ErrorMessage = "De titel is te lang (maximaal 200 tekens).")]
        public string? Title { get; set; }

        [Required(ErrorMessage = "Vul de datum in.")]
        public string? Date { get; set; }

        [Required(ErrorMessage = "Vul de begintijd in.")]
        public string? From { get; set; }

        [Required(ErrorMessage = "Vul de eindtijd in.")]
        public string? Until { get; set; }

        [Required(ErrorMessage = "Vul in waar het is.")]
        [StringLength(Event.PlaceLength, ErrorMessage = "Het adres is te lang (maximaal 200 tekens).")]
        public string? Place { get; set; }

        [StringLength(Event.PracticalLength, ErrorMessage = "Dit is te lang (maximaal 2000 tekens).")]
        public string? Practical { get; set; }

        [Range(1, 14, ErrorMessage = "Kies hoeveel dagen van tevoren.")]
        public int RemindDaysBefore { get; set; } = 2;

        public Guid SubmissionId { get; set; } = Guid.CreateVersion7();
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    AudienceInput IAudiencePage.Input => Input;
    public AudienceChoice Audiences { get; private set; } = null!;
    public IEnumerable<SelectListItem> KindOptions => Choose(Enum.GetValues<EventKind>().Select(k => new SelectListItem(t.Of(k), k.ToString())));
    public IEnumerable<SelectListItem> ReminderOptions => new[] { 1, 2, 3, 7 }.Select(d => new SelectListItem(t.Plural(d, "1 dag van tevoren", "{0} dagen van tevoren"), d.ToString(CultureInfo.InvariantCulture)));
    IEnumerable<SelectListItem> Choose(IEnumerable<SelectListItem> items) => new[] { new SelectListItem(t["Kies…"], "") }.Concat(items);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Scope = Audiences.DefaultScope;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var viewer = Viewer.From(User)!;
        var now = clock.GetUtcNow();
        DateTimeOffset? starts = null, ends = null;
        if (Input.Date is { } date)
        {
            if (!DutchDates.TryParseDate(date, out var day))
                ModelState.AddModelError("Input.Date", t["Vul een datum in, bijvoorbeeld 1-12-2026."]);
            else
            {
                starts = At(day, Input.From, "Input.From");
                ends = At(day, Input.Until, "Input.Until");
                if (starts <= now)
                    ModelState.AddModelError("Input.Date", t["Dit moment is al geweest. Kies een datum en tijd in de toekomst."]);
                else if (ends <= starts)
                    ModelState.AddModelError("Input.Until", t["De eindtijd moet na de begintijd liggen."]);
            }
        }
        var team = await Audiences.CheckAsync(Input, ModelState, db, DutchCalendar.DateAt(now), othersNamed: false, ct);
        if (!ModelState.IsValid) return Page();

        var me = viewer.PersonId;
        var item = new Event
        {
            Id = Input.SubmissionId, OrganisationId = viewer.OrganisationId, TeamId = team, Audience = Input.Audience!.Value, Kind = Input.Kind!.Value,
            Title = Input.Title!.Trim(), StartsAt = starts!.Value, EndsAt = ends!.Value, Place = Input.Place!.Trim(),
            Practical = string.IsNullOrWhiteSpace(Input.Practical) ? null : Input.Practical.Trim(), RemindDaysBefore = Input.RemindDaysBefore,
            CreatedByStaffId = me, CreatedAt = now,
        };
        if (await db.InsertOnceAsync(item, x => x.CreatedByStaffId == me, ct) is Submission.Refused)
        {
            Input.SubmissionId = InsertOnce.Refuse(ModelState, "Input.Title", t);
            return Page();
        }
        db.ChangeTracker.Clear();
        await delivery.InviteAsync(Input.SubmissionId, ct);
        return RedirectToPage("/Events/Details", new { id = Input.SubmissionId, saved = "true" });
    }

    DateTimeOffset? At(DateOnly day, string? time, string field)
    {
        if (time is null) return null;
        if (!TimeOnly.TryParseExact(time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t0))
        {
            ModelState.AddModelError(field, t["Vul een tijd in, bijvoorbeeld 19:30."]);
            return null;
        }
        return DutchCalendar.ToInstant(day.ToDateTime(t0));
    }

    async Task LoadAsync(CancellationToken ct) => Audiences = await AudienceChoice.ForAsync(db, Viewer.From(User)!, t, ct);
}
