using Samenspel.Domain.Scheduling;

namespace Samenspel.Web.Features.Alliance;

/// <summary>The measurements of one youth's current trajectory: per measurement who has answered, with the print
/// view and the paper entry for staff who administer it.</summary>
[YouthData(DataCategory.AllianceAnswers)]
[YouthData(DataCategory.AllianceAnswers, AccessAction.Write, Use = Use.Offer)]
public sealed class MeasurementsModel(SamenspelDb db, TimeProvider clock) : PageModel
{
    public sealed record SeatState(Seat Seat, ResponseStatus? Status, bool OnPaper);
    public sealed record Row(Measurement Measurement, string Instrument, IReadOnlyList<SeatState> Seats);

    [BindProperty(SupportsGet = true)] public Guid YouthId { get; set; }
    public string YouthName { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public MeasurementDue? Next { get; private set; }
    public bool MayAdminister { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var grant = this.Grant();
        var today = clock.DutchToday();
        MayAdminister = Viewer.From(User)?.Kind == AccountKind.Staff && grant.May(DataCategory.AllianceAnswers, AccessAction.Write);
        YouthName = await db.Youths.Where(y => y.Id == YouthId).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        var facts = (await MeasurementStatus.FactsAsync(db, [YouthId], ct)).GetValueOrDefault(YouthId);
        if (facts is null) return Page();
        Next = facts.Next;
        var measurements = await db.Measurements.AsNoTracking().Where(m => m.TrajectoryId == facts.TrajectoryId)
            .OrderByDescending(m => m.PlannedOn).ToListAsync(ct);
        measurements.RemoveAll(m => !grant.ShowsMeasurement(m.Id));
        var ids = measurements.Select(m => m.Id).ToList();
        var responses = await db.Responses.AsNoTracking().Where(r => ids.Contains(r.MeasurementId))
            .Select(r => new { r.MeasurementId, r.RespondentPersonId, r.FormId, r.Status, r.EnteredBy }).ToListAsync(ct);
        var titles = await db.InstrumentVersions.Where(v => measurements.Select(m => m.InstrumentVersionId).Contains(v.Id))
            .Join(db.Instruments, v => v.InstrumentId, i => i.Id, (v, i) => new { v.Id, i.Title }).ToDictionaryAsync(x => x.Id, x => x.Title, ct);
        var rows = new List<Row>();
        foreach (var m in measurements)
        {
            var seats = await Seats.OfMeasurementAsync(db, m, today, ct);
            rows.Add(new Row(m, titles.GetValueOrDefault(m.InstrumentVersionId, ""), seats.Select(s =>
            {
                var r = responses.FirstOrDefault(x => x.MeasurementId == m.Id && x.RespondentPersonId == s.PersonId && x.FormId == s.FormId);
                return new SeatState(s, r?.Status, r?.EnteredBy is not null);
            }).ToList()));
        }
        Rows = rows;
        return Page();
    }
}
