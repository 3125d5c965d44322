namespace Samenspel.Web.Features.Alliance;

/// <summary>One place in a measurement: who answers (the youth, the mentor or one carer) and with which form.</summary>
public sealed record Seat(Measurement Measurement, Respondent Respondent, Guid PersonId, Guid FormId, string PersonName)
{
    /// <summary>"youth", "mentor" or "carer:{id}", as the paper entry page names a seat.</summary>
    public string Key => Respondent switch
    {
        Respondent.Youth => "youth",
        Respondent.Mentor => "mentor",
        _ => $"carer:{PersonId}",
    };
}

public static class Seats
{
    /// <summary>Every seat of a measurement: the youth, the trajectory's current mentor, and each carer whom the
    /// policy lets write alliance answers (a legal representative whom a 16+ youth has not shielded them from).
    /// A respondent without a form of their own answers the instrument's general form, if it has one.</summary>
    public static async Task<List<Seat>> OfMeasurementAsync(SamenspelDb db, Measurement m, DateOnly today, CancellationToken ct)
    {
        var forms = await db.QuestionnaireForms.Where(f => f.InstrumentVersionId == m.InstrumentVersionId)
            .Select(f => new { f.Id, f.Respondent }).ToListAsync(ct);
        Guid? FormFor(Respondent r) => forms.FirstOrDefault(f => f.Respondent == r)?.Id ?? forms.FirstOrDefault(f => f.Respondent == Respondent.Any)?.Id;
        var youth = await db.Youths.Where(y => y.Id == m.YouthId).Select(y => new { y.GivenName, y.FamilyName, y.BirthDate }).SingleAsync(ct);
        var seats = new List<Seat>();
        if (FormFor(Respondent.Youth) is { } youthForm)
            seats.Add(new(m, Respondent.Youth, m.YouthId, youthForm, $"{youth.GivenName} {youth.FamilyName}"));
        var mentor = await db.MentorOf(m.TrajectoryId).Select(s => new { s.Id, s.Name }).FirstOrDefaultAsync(ct);
        if (mentor is not null && FormFor(Respondent.Mentor) is { } mentorForm)
            seats.Add(new(m, Respondent.Mentor, mentor.Id, mentorForm, mentor.Name));
        if (FormFor(Respondent.Parent) is { } parentForm)
            foreach (var carer in await CarersAsync(db, m.YouthId, youth.BirthDate, today, ct))
                if (carer.May(AccessAction.Write))
                    seats.Add(new(m, Respondent.Parent, carer.Id, parentForm, carer.Name));
        return seats;
    }

    /// <summary>The viewer's own seat in a measurement, or null when they do not answer it.</summary>
    public static async Task<Seat?> ForViewerAsync(SamenspelDb db, Viewer viewer, Guid measurementId, DateOnly today, CancellationToken ct)
    {
        var m = await db.Measurements.AsNoTracking().SingleOrDefaultAsync(x => x.Id == measurementId, ct);
        if (m is null) return null;
        var respondent = viewer.Kind switch
        {
            AccountKind.Youth => Respondent.Youth,
            AccountKind.Carer => Respondent.Parent,
            _ => Respondent.Mentor,
        };
        return (await OfMeasurementAsync(db, m, today, ct)).FirstOrDefault(s => s.Respondent == respondent && s.PersonId == viewer.PersonId);
    }

    /// <summary>A carer of the youth and what the policy lets them do with the youth's alliance answers.</summary>
    public sealed record CarerOfYouth(Guid Id, string Name, CarerPosition Position, Func<AccessAction, bool> May);

    /// <summary>The youth's carers with the policy's answer on their alliance answers, for the transparency screen
    /// (who will see the answers) and for who is asked. Decided by <see cref="AccessPolicy"/>, as for any viewer.</summary>
    public static async Task<List<CarerOfYouth>> CarersAsync(SamenspelDb db, Guid youthId, DateOnly birthDate, DateOnly today, CancellationToken ct)
    {
        var links = await db.CarerLinks.AsNoTracking().Where(l => l.YouthId == youthId)
            .Join(db.Carers, l => l.CarerId, c => c.Id, (l, c) => new
            {
                c.Id, c.Name, l.Position, l.AuthoritySince, l.CourtAppointed,
                Shielded = db.CategoryShields.Any(s => s.YouthId == youthId && s.CarerId == c.Id && s.ShieldedCategory == DataCategory.AllianceAnswers),
            })
            .OrderBy(c => c.Name).ToListAsync(ct);
        var band = Age.BandOn(birthDate, today);
        return links.Select(l => new CarerOfYouth(l.Id, l.Name, l.Position, action => AccessPolicy.Decide(new AccessQuery(
            new Relation.Carer(l.Position, l.AuthoritySince, l.CourtAppointed), band, DataCategory.AllianceAnswers, action, l.Shielded)).Allowed)).ToList();
    }
}

public static class Responses
{
    public enum Outcome { Saved, Refused, Completed, AlreadyCompleted }

    /// <summary>The seat's response, draft or completed, if there is one.</summary>
    public static Task<Response?> OfSeatAsync(SamenspelDb db, Seat seat, CancellationToken ct) =>
        db.Responses.Include(r => r.Answers)
            .SingleOrDefaultAsync(r => r.MeasurementId == seat.Measurement.Id && r.FormId == seat.FormId && r.RespondentPersonId == seat.PersonId, ct);

    /// <summary>
    /// Saves the sheet as the seat's draft and, when <paramref name="submit"/>, completes it. Idempotent: a submit
    /// with the <paramref name="submissionId"/> of a completed response, or for a seat that already completed, stores
    /// nothing and answers <see cref="Outcome.AlreadyCompleted"/>. A refused value (or a required question left open
    /// when <paramref name="requireAll"/>) keeps the draft with everything else and answers <see cref="Outcome.Refused"/>.
    /// Two requests racing to create the draft meet at the unique indexes; the loser retries and finds the winner's.
    /// </summary>
    public static async Task<(Response Response, Outcome Outcome)> SaveAsync(SamenspelDb db, Seat seat, Guid submissionId, AnswerSheet sheet,
        LoadedForm form, bool submit, bool requireAll, Guid? enteredBy, DateTimeOffset now, IStringLocalizer t, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            sheet.Errors.Clear();
            var response = await db.Responses.Include(r => r.Answers).SingleOrDefaultAsync(r => r.SubmissionId == submissionId, ct);
            if (response is not null && (response.MeasurementId != seat.Measurement.Id || response.FormId != seat.FormId || response.RespondentPersonId != seat.PersonId))
                (response, submissionId) = (null, Guid.CreateVersion7()); // someone else's key: never touch their response
            response ??= await OfSeatAsync(db, seat, ct);
            if (response?.Status == ResponseStatus.Completed) return (response, Outcome.AlreadyCompleted);
            if (response is null)
            {
                response = new Response
                {
                    YouthId = seat.Measurement.YouthId, MeasurementId = seat.Measurement.Id, FormId = seat.FormId, Respondent = seat.Respondent,
                    RespondentPersonId = seat.PersonId, Status = ResponseStatus.InProgress, SubmissionId = submissionId, StartedAt = now,
                };
                db.Responses.Add(response);
            }
            Answering.Apply(response, sheet, form, complete: submit && requireAll, t);
            response.UpdatedAt = now;
            response.Revision++;
            if (enteredBy is not null) response.EnteredBy = enteredBy;
            var outcome = sheet.Errors.Count > 0 ? Outcome.Refused : submit ? Outcome.Completed : Outcome.Saved;
            if (outcome == Outcome.Completed) (response.Status, response.SubmittedAt) = (ResponseStatus.Completed, now);
            try
            {
                await db.SaveChangesAsync(ct);
                return (response, outcome);
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}

/// <summary>How the respondent pages find the viewer's seat: the policy decides on writing the youth's alliance
/// answers (declared with [YouthData] on the page, decided and audited by the filter), then the viewer must have a
/// seat in the measurement.</summary>
public static class SeatAccess
{
    public static async Task<(IActionResult? Refusal, Seat? Seat)> ViewerSeatAsync(this PageModel page, SamenspelDb db,
        Guid measurementId, DateOnly today, CancellationToken ct)
    {
        var seat = await Seats.ForViewerAsync(db, Viewer.From(page.User)!, measurementId, today, ct);
        return seat is null ? (page.NotFound(), null) : (null, seat);
    }
}
