using Microsoft.AspNetCore.Mvc.Rendering;

namespace Samenspel.Web.Features.Agreements;

/// <summary>Makes a new agreement of a kind, or changes one: a change is a new version (<see cref="Agreement.Revise"/>)
/// and the old version is kept. There is one current contact agreement per carer.</summary>
[YouthData(DataCategory.Plan)]
[YouthData(DataCategory.Plan, AccessAction.Write)]
public sealed class EditModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty(SupportsGet = true)] public AgreementKind? Kind { get; set; }
    [BindProperty] public AgreementInput Input { get; set; } = new();
    public string YouthName { get; private set; } = "";
    public Agreement? Existing { get; private set; }
    public string? ExistingCarerName => carers.FirstOrDefault(c => c.Id == Existing?.CarerId)?.Name;
    public bool OffersTopics { get; private set; }
    public AgreementKind ActualKind => Existing?.Kind ?? Kind ?? AgreementKind.Working;

    sealed record CarerChoice(Guid Id, string Name, CarerPosition Position);
    List<CarerChoice> carers = [];
    Guid trajectoryId;

    public IEnumerable<SelectListItem> TopicOptions => Choose(Agreement.EverydayTopics.Select(x => new SelectListItem(x, x)));
    public IEnumerable<SelectListItem> OwnerOptions => Choose(Enum.GetValues<AgreementOwner>().Select(o => new SelectListItem(t.Of(o), o.ToString())));
    public IEnumerable<SelectListItem> ChannelOptions => Choose(Enum.GetValues<ContactChannel>().Select(c => new SelectListItem(t.Of(c), c.ToString())));
    public IEnumerable<SelectListItem> CarerOptions => Choose(carers.Select(c => new SelectListItem($"{c.Name} ({t.Of(c.Position)})", c.Id.ToString())));
    IEnumerable<SelectListItem> Choose(IEnumerable<SelectListItem> items) => new[] { new SelectListItem(t["Kies…"], "") }.Concat(items);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (Existing is { IsCurrent: false } old)
        {
            var current = await db.Agreements.Where(a => a.LineageId == old.LineageId && a.ReplacedAt == null).Select(a => a.Id).FirstAsync(ct);
            return RedirectToPage("/Agreements/Edit", new { youthId = YouthId, id = current });
        }
        if (Existing is { } a)
            Input = new AgreementInput
            {
                Text = a.Text, Owner = a.Owner, CarerId = a.CarerId, EveryDays = a.EveryDays, Channel = a.Channel, WhatIsShared = a.WhatIsShared,
                SharedWithCarers = a.SharedWithCarers,
            };
        else if (ActualKind == AgreementKind.Contact)
            Input.Owner = AgreementOwner.Mentor;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var (now, by) = (clock.GetUtcNow(), Viewer.From(User)?.UserId);
        // Sent again (Back, or a double click): the agreement this form made is there, and would now fail the checks below.
        if (Existing is null && await db.Agreements.AnyAsync(a => a.Id == Input.SubmissionId && a.TrajectoryId == trajectoryId && a.CreatedByUserId == by, ct))
            return RedirectToPage("/Agreements/Index", new { youthId = YouthId });
        if (Existing is { IsCurrent: false })
            ModelState.AddModelError("Input.Text", t["Iemand anders heeft deze afspraak net gewijzigd. Open de afspraak opnieuw en kijk of uw wijziging nog nodig is."]);
        ModelState.Remove(nameof(Kind)); // an unknown kind in the address falls back to a working agreement
        Input.Validate(ModelState, nameof(Input), ActualKind, Existing is null, carers.Select(c => c.Id).ToList(), t);
        if (Existing is null && ActualKind == AgreementKind.Contact && Input.CarerId is { } carer
            && await db.Agreements.AnyAsync(a => a.TrajectoryId == trajectoryId && a.Kind == AgreementKind.Contact && a.CarerId == carer && a.ReplacedAt == null, ct))
            ModelState.AddModelError("Input.CarerId", t["Er is al een contactafspraak met deze ouder. Wijzig die."]);
        if (!ModelState.IsValid) return Page();

        var contact = ActualKind == AgreementKind.Contact;
        var carerId = contact || Input.Owner == AgreementOwner.Carer ? Input.CarerId : null;
        var (everyDays, channel, shared) = contact ? (Input.EveryDays, Input.Channel, Input.WhatIsShared) : (null, null, null);
        if (Existing is null)
        {
            var agreement = new Agreement
            {
                Id = Input.SubmissionId, TrajectoryId = trajectoryId, YouthId = YouthId, Kind = ActualKind, Topic = contact ? "Contact" : Input.ChosenTopic!,
                Text = Input.Text.Trim(), Owner = Input.Owner!.Value, CarerId = carerId, EveryDays = everyDays, Channel = channel,
                WhatIsShared = AgreementInput.Clean(shared), CreatedAt = now, CreatedByUserId = by,
                SharedWithCarers = carerId is not null && Input.SharedWithCarers,
            };
            if (await db.InsertOnceAsync(agreement, a => a.TrajectoryId == trajectoryId && a.CreatedByUserId == by, ct) is Submission.Refused)
            {
                Input.SubmissionId = InsertOnce.Refuse(ModelState, "Input.Text", t);
                return Page();
            }
            return RedirectToPage("/Agreements/Index", new { youthId = YouthId });
        }
        db.Agreements.Add(Existing.Revise(Input.Text, Input.Owner!.Value, carerId, everyDays, channel, shared, now, by, carerId is not null && Input.SharedWithCarers));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone saved a new version of the same agreement at the same moment (unique version per lineage).
            ModelState.AddModelError("Input.Text", t["Iemand anders heeft deze afspraak net gewijzigd. Open de afspraak opnieuw en kijk of uw wijziging nog nodig is."]);
            return Page();
        }
        return RedirectToPage("/Agreements/Index", new { youthId = YouthId });
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var trajectory = await db.Trajectories.AsNoTracking().CurrentTrajectory(YouthId).Select(x => new { x.Id, x.Type }).SingleOrDefaultAsync(ct);
        if (trajectory is null) return NotFound();
        trajectoryId = trajectory.Id;
        if (Id is { } id && (Existing = await db.Agreements.SingleOrDefaultAsync(a => a.Id == id && a.YouthId == YouthId && a.TrajectoryId == trajectoryId, ct)) is null)
            return NotFound();
        OffersTopics = Existing is null && ActualKind == AgreementKind.Everyday && trajectory.Type is TrajectoryType.Residential or TrajectoryType.FosterCare;
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        carers = await db.CarerLinks.AsNoTracking().Where(l => l.YouthId == YouthId)
            .Join(db.Carers, l => l.CarerId, c => c.Id, (l, c) => new { c.Id, c.Name, l.Position })
            .OrderBy(c => c.Name).Select(c => new CarerChoice(c.Id, c.Name, c.Position)).ToListAsync(ct);
        return null;
    }
}
