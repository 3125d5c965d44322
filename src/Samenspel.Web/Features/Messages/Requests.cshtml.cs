using Microsoft.AspNetCore.Mvc.Rendering;

namespace Samenspel.Web.Features.Messages;

/// <summary>Requests from carers: a carer asks for a meeting, a call or information and sees its status and answer;
/// the team sees every request about the youth and answers it. Requests are never deleted. A parent without authority
/// may only ask for information (an informatieverzoek, <see cref="AccessAction.RequestInformation"/>): they see this
/// page with their own requests and the team's answers, and nothing else of the youth's messages.</summary>
[YouthData(DataCategory.Messages, OrElse = AccessAction.RequestInformation)]
[YouthData(DataCategory.Messages, AccessAction.Write, Use = Use.Offer)]
public sealed class RequestsModel(SamenspelDb db, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Kies wat u wilt vragen.")]
        public CarerRequestKind? Kind { get; set; }

        [Required(ErrorMessage = "Schrijf kort waar het over gaat.")]
        [StringLength(CarerRequest.TextLength, ErrorMessage = "De tekst is te lang (maximaal 2000 tekens).")]
        public string? Text { get; set; }

        public Guid SubmissionId { get; set; } = Guid.CreateVersion7();
    }

    public sealed record Row(Guid Id, string Carer, CarerRequestKind Kind, string Text, DateTimeOffset CreatedAt, CarerRequestStatus Status,
        string? Answer, DateOnly? PlannedOn, string? AnsweredBy);

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    public bool Saved => this.Flag("saved");
    [BindProperty] public InputModel Input { get; set; } = new();
    public string YouthName { get; private set; } = "";
    public bool IsStaff { get; private set; }
    public bool CanAsk { get; private set; }
    public bool CanAnswer { get; private set; }
    /// <summary>The carer may only ask for information (a parent without authority): the form offers that kind only.</summary>
    public bool OnlyInformation { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IEnumerable<SelectListItem> KindOptions => new[] { new SelectListItem(t["Kies…"], "") }
        .Concat(Enum.GetValues<CarerRequestKind>().Where(k => !OnlyInformation || k == CarerRequestKind.Information)
            .Select(k => new SelectListItem(t.Of(k), k.ToString())));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var read = ReadDecision();
        if (OnlyInformation) Input.Kind = CarerRequestKind.Information;
        await LoadAsync(read, ct);
        return Page();
    }

    /// <summary>Reading the page: whoever may read the youth's messages, or a carer who may only ask for information
    /// (who then sees only their own requests, as every carer does). Audited as a read of messages (by the filter).</summary>
    AccessDecision ReadDecision()
    {
        var grant = this.Grant();
        OnlyInformation = !grant.May(DataCategory.Messages) && grant.May(DataCategory.Messages, AccessAction.RequestInformation);
        return OnlyInformation ? grant[DataCategory.Messages, AccessAction.RequestInformation] : grant[DataCategory.Messages];
    }

    /// <summary>Filing a request: only a carer, with or without authority (the policy's RequestInformation).</summary>
    [YouthData(DataCategory.Messages, AccessAction.RequestInformation)]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var read = ReadDecision();
        if (OnlyInformation && Input.Kind is not null and not CarerRequestKind.Information)
            ModelState.AddModelError("Input.Kind", t["U kunt het team alleen om informatie vragen."]);
        if (Input.Text is { } text && string.IsNullOrWhiteSpace(text)) ModelState.AddModelError("Input.Text", t["Schrijf kort waar het over gaat."]);
        var trajectoryId = await db.Trajectories.AsNoTracking().CurrentTrajectory(YouthId).Select(x => (Guid?)x.Id).SingleOrDefaultAsync(ct);
        if (trajectoryId is null) ModelState.AddModelError("Input.Text", t["Er is nog geen traject. Een verzoek kan nog niet."]);
        if (!ModelState.IsValid)
        {
            await LoadAsync(read, ct);
            return Page();
        }
        var (now, me) = (clock.GetUtcNow(), Viewer.From(User)!.PersonId);
        var request = new CarerRequest
        {
            Id = Input.SubmissionId, YouthId = YouthId, TrajectoryId = trajectoryId!.Value, CarerId = me,
            Kind = Input.Kind!.Value, Text = Input.Text!.Trim(), CreatedAt = now, CreatedOn = DutchCalendar.DateAt(now),
        };
        if (await db.InsertOnceAsync(request, r => r.YouthId == YouthId && r.CarerId == me, ct) is Submission.Refused)
        {
            Input.SubmissionId = InsertOnce.Refuse(ModelState, "Input.Text", t);
            await LoadAsync(read, ct);
            return Page();
        }
        return RedirectToPage("/Messages/Requests", new { youthId = YouthId, saved = "true" });
    }

    async Task LoadAsync(AccessDecision decision, CancellationToken ct)
    {
        var viewer = Viewer.From(User)!;
        IsStaff = viewer.Kind == AccountKind.Staff;
        var mayWrite = this.Grant().May(DataCategory.Messages, AccessAction.Write);
        CanAsk = (mayWrite || OnlyInformation) && viewer.Kind == AccountKind.Carer;
        CanAnswer = mayWrite && IsStaff;
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        // The team sees every request; a carer only their own.
        var requests = db.CarerRequests.AsNoTracking().Where(r => r.YouthId == YouthId);
        if (!IsStaff) requests = requests.Where(r => r.CarerId == viewer.PersonId);
        var rows = await requests.OrderByDescending(r => r.CreatedAt)
            .Select(r => new
            {
                Row = new Row(r.Id, db.Carers.Where(c => c.Id == r.CarerId).Select(c => c.Name).First(), r.Kind, r.Text, r.CreatedAt, r.Status,
                    r.Answer, r.PlannedOn, db.Staff.Where(s => s.Id == r.AnsweredByStaffId).Select(s => s.Name).FirstOrDefault()),
                Item = new Item(r.CreatedOn, false, r.CarerId, false),
            })
            .ToListAsync(ct);
        Rows = rows.Where(r => decision.Shows(r.Item)).Select(r => r.Row).ToList();
    }
}
