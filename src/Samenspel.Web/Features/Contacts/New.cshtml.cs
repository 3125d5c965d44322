using Microsoft.AspNetCore.Mvc.Rendering;
using Samenspel.Web.Features.Agreements;

namespace Samenspel.Web.Features.Contacts;

/// <summary>Logs one contact, or one attempt, with a carer, the youth or the network. Fast on purpose: everything
/// has a sensible default (the first carer, a phone call we made, reached, an update, now), so opening the form from
/// the caseload and pressing Opslaan are the two clicks.</summary>
[Authorize(Policy = Policies.Staff)]
[YouthData(DataCategory.ContactLog, AccessAction.Write)]
public sealed class NewModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    const string YouthChoice = "youth";

    public sealed class InputModel
    {
        /// <summary>"carer:{id}", "youth" or "network:{id}".</summary>
        [Required(ErrorMessage = "Kies met wie het contact was.")]
        public string? With { get; set; }

        [Required(ErrorMessage = "Kies hoe het contact was.")]
        public ContactChannel? Channel { get; set; } = ContactChannel.Phone;

        [Required(ErrorMessage = "Kies wie contact zocht.")]
        public ContactDirection? Direction { get; set; } = ContactDirection.Outbound;

        [Required(ErrorMessage = "Kies of u iemand hebt gesproken.")]
        public bool? Reached { get; set; } = true;

        [Required(ErrorMessage = "Kies waarover het ging.")]
        public ContactReason? Reason { get; set; } = ContactReason.Update;

        /// <summary>Dutch wall-clock time: the datetime-local input sends 2026-11-23T09:30, people type 23-11-2026 9:30.</summary>
        [Required(ErrorMessage = "Vul in wanneer het contact was.")]
        public DateTime? When { get; set; }

        [StringLength(ContactLogEntry.NoteLength, ErrorMessage = "De notitie is te lang (maximaal 1000 tekens).")]
        public string? Note { get; set; }

        /// <summary>Made when the form is shown and used as the entry's id, so a double submit stores one entry.</summary>
        public Guid SubmissionId { get; set; } = Guid.CreateVersion7();

        /// <summary>A contact with one carer: the other carers see it too (only then).</summary>
        public bool SharedWithCarers { get; set; }
    }

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public string YouthName { get; private set; } = "";

    sealed record Party(string Value, string Label);
    List<Party> parties = [];
    Guid trajectoryId;
    DateOnly trajectoryStart;

    public IEnumerable<SelectListItem> WithOptions => Choose(parties.Select(p => new SelectListItem(p.Label, p.Value)));
    public IEnumerable<SelectListItem> ChannelOptions => Choose(Enum.GetValues<ContactChannel>().Select(c => new SelectListItem(t.Of(c), c.ToString())));
    public IEnumerable<SelectListItem> DirectionOptions => Choose(Enum.GetValues<ContactDirection>().Select(d => new SelectListItem(t.Of(d), d.ToString())));
    public IEnumerable<SelectListItem> ReasonOptions => Choose(Enum.GetValues<ContactReason>().Select(r => new SelectListItem(t.Of(r), r.ToString())));
    public IEnumerable<SelectListItem> ReachedOptions => Choose([
        new SelectListItem(t["Ja, we hebben elkaar gesproken"], bool.TrueString),
        new SelectListItem(t["Nee, niet bereikt (gemist of geen antwoord)"], bool.FalseString)]);
    IEnumerable<SelectListItem> Choose(IEnumerable<SelectListItem> items) => new[] { new SelectListItem(t["Kies…"], "") }.Concat(items);

    // The form lists the youth's carers and network contacts: a read of the register.
    [YouthData(DataCategory.Register)]
    public async Task<IActionResult> OnGetAsync(Guid? carerId, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        Input.With = carerId is { } id && parties.Any(p => p.Value == $"carer:{id}") ? $"carer:{id}" : parties.FirstOrDefault()?.Value;
        Input.When = DutchCalendar.TimeAt(clock.GetUtcNow()).DateTime;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var now = clock.GetUtcNow();
        if (Input.With is { } with && parties.All(p => p.Value != with))
            ModelState.AddModelError("Input.With", t["Kies iemand uit de lijst."]);
        var at = Input.When is { } local ? DutchCalendar.ToInstant(local) : (DateTimeOffset?)null;
        if (at > now.AddMinutes(5))
            ModelState.AddModelError("Input.When", t["Dit moment is nog niet geweest. Vul in wanneer het contact was."]);
        else if (Input.When is { } when)
            TrajectoryDates.RefuseBeforeStart(ModelState, "Input.When", DateOnly.FromDateTime(when), trajectoryStart, t);
        if (!ModelState.IsValid) return Page();

        var (party, partyId) = Input.With == YouthChoice ? (ContactParty.Youth, (Guid?)null)
            : Input.With!.Split(':') is [var kind, var id] ? (kind == "carer" ? ContactParty.Carer : ContactParty.NetworkContact, Guid.Parse(id))
            : throw new InvalidOperationException("checked above");
        var me = Viewer.From(User)!.PersonId;
        var entry = ContactLogEntry.Record(Input.SubmissionId, YouthId, trajectoryId, party, partyId, Input.Channel!.Value,
            Input.Direction!.Value, Input.Reached!.Value, Input.Reason!.Value, Input.Note, at!.Value, me, now, Input.SharedWithCarers);
        if (await db.InsertOnceAsync(entry, e => e.YouthId == YouthId && e.RecordedByStaffId == me, ct) is Submission.Refused)
        {
            Input.SubmissionId = InsertOnce.Refuse(ModelState, "Input.Note", t);
            return Page();
        }
        return RedirectToPage("/Contacts/Index", new { youthId = YouthId, saved = "true" });
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var trajectory = await db.Trajectories.AsNoTracking().CurrentTrajectory(YouthId).Select(x => new { x.Id, x.StartDate }).SingleOrDefaultAsync(ct);
        if (trajectory is null) return NotFound();
        (trajectoryId, trajectoryStart) = (trajectory.Id, trajectory.StartDate);
        var youth = await db.Youths.Where(y => y.Id == YouthId).Select(y => new { y.GivenName, y.FamilyName }).SingleAsync(ct);
        YouthName = $"{youth.GivenName} {youth.FamilyName}";
        var carers = await db.CarerLinks.AsNoTracking().Where(l => l.YouthId == YouthId)
            .Join(db.Carers, l => l.CarerId, c => c.Id, (l, c) => new { c.Id, c.Name, l.Position })
            .OrderBy(c => c.Name).ToListAsync(ct);
        var network = await db.NetworkContacts.AsNoTracking().Where(n => n.YouthId == YouthId).OrderBy(n => n.Name)
            .Select(n => new { n.Id, n.Name, n.Kind }).ToListAsync(ct);
        parties = [
            .. carers.Select(c => new Party($"carer:{c.Id}", $"{c.Name} ({t.Of(c.Position)})")),
            new Party(YouthChoice, $"{youth.GivenName} ({t["jongere"]})"),
            .. network.Select(n => new Party($"network:{n.Id}", $"{n.Name} ({t.Of(n.Kind)})")),
        ];
        return null;
    }
}
