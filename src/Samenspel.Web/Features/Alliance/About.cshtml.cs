namespace Samenspel.Web.Features.Alliance;

/// <summary>The transparency screen before a questionnaire: what it is for, who will see the answers (as the
/// policy decides, a 16+ youth's shield included), and what happens next.</summary>
[YouthFrom("MeasurementId", IdOf.Measurement)]
[YouthData(DataCategory.AllianceAnswers, AccessAction.Write)]
public sealed class AboutModel(SamenspelDb db, TimeProvider clock) : PageModel
{
    public sealed record Person(string Name, string Role);

    [BindProperty(SupportsGet = true)] public Guid MeasurementId { get; set; }
    public Seat Seat { get; private set; } = null!;
    public string YouthName { get; private set; } = "";
    public string? Mentor { get; private set; }
    public LoadedForm Form { get; private set; } = null!;
    public IReadOnlyList<Person> CareTeam { get; private set; } = [];
    public IReadOnlyList<Seats.CarerOfYouth> Carers { get; private set; } = [];
    public bool HasDraft { get; private set; }
    public bool HasScientist { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = clock.DutchToday();
        var (refused, seat) = await this.ViewerSeatAsync(db, MeasurementId, today, ct);
        if (refused is not null) return refused;
        Seat = seat!;
        var existing = await Responses.OfSeatAsync(db, Seat, ct);
        if (existing?.Status == ResponseStatus.Completed) return RedirectToPage("/Alliance/Thanks", new { responseId = existing.Id });
        HasDraft = existing is not null;
        Form = (await Answering.LoadFormAsync(db, Seat.FormId, ct))!;
        var youth = await db.Youths.AsNoTracking().SingleAsync(y => y.Id == Seat.Measurement.YouthId, ct);
        YouthName = youth.GivenName;
        // Who reads alliance answers on the care team: everyone on it but a team lead, and a behavioural scientist
        // only for a measurement the mentor shares for supervision (see AccessPolicy); the page says so apart.
        CareTeam = (await db.CareTeamMembers.Where(c => c.TrajectoryId == Seat.Measurement.TrajectoryId
                && c.Role != StaffRole.TeamLead && c.Role != StaffRole.BehaviouralScientist)
            .Join(db.Staff, c => c.StaffMemberId, s => s.Id, (c, s) => new { s.Name, c.Role }).ToListAsync(ct))
            .OrderBy(p => p.Role).Select(p => new Person(p.Name, p.Role.ToString())).ToList();
        HasScientist = await db.CareTeamMembers.AnyAsync(c => c.TrajectoryId == Seat.Measurement.TrajectoryId && c.Role == StaffRole.BehaviouralScientist, ct);
        Mentor = await db.MentorOf(Seat.Measurement.TrajectoryId).Select(s => s.Name).FirstOrDefaultAsync(ct);
        Carers = await Seats.CarersAsync(db, youth.Id, youth.BirthDate, today, ct);
        return Page();
    }
}
