using Samenspel.Web.Features.Alliance;

namespace Samenspel.Web.Data;

/// <summary>Alliance measurements as the start, fill-in and paper pages record them: the first early in the help and
/// a second later, so the caseload asks for none. At the first the youth scores the goals lower than the mentor
/// does (a gap to talk about); the feedback conversation agreed actions, which were looked back on at the second.</summary>
public sealed partial class DemoStory
{
    async Task AllianceAsync(CancellationToken ct)
    {
        var version = await db.InstrumentVersions.Join(db.Instruments.Where(i => i.Key == StartModel.AllianceKey), v => v.InstrumentId, i => i.Id, (v, i) => v)
            .OrderByDescending(v => v.ImportedAt).Select(v => v.Id).FirstAsync(ct);

        var noorStart = c.Of(c.Noor).StartDate;
        var noor1 = await MeasureAsync(c.Noor, c.Eva, version, noorStart.AddDays(30), MeasurementKind.First, round: 1, ct);
        var noorActions = Actions(noor1, c.Eva, "Eva en Noor kiezen samen het volgende doel. Noor schrijft het eerst zelf op.",
            "Noor mag elke week kiezen waar het gesprek over gaat.");
        var noor2 = await MeasureAsync(c.Noor, c.Eva, version, today.AddDays(-14), MeasurementKind.AdHoc, round: 2, ct);
        Review(noorActions[0], noor2, c.Eva, ActionOutcome.Done, "Het huiswerkdoel heeft Noor zelf opgeschreven.");
        Review(noorActions[1], noor2, c.Eva, ActionOutcome.Partly, "Lukt meestal, niet als er iets dringends is.");

        var daanStart = c.Of(c.Daan).StartDate;
        var daan1 = await MeasureAsync(c.Daan, c.Eva, version, daanStart.AddDays(28), MeasurementKind.First, round: 1, ct);
        var daanActions = Actions(daan1, c.Eva, "We plannen het gesprek over wonen op een moment dat Daan zelf kiest.");
        var midway = daanStart.AddDays((c.Of(c.Daan).ExpectedEndDate.DayNumber - daanStart.DayNumber) / 2);
        var daan2 = await MeasureAsync(c.Daan, c.Eva, version, midway, MeasurementKind.Midway, round: 2, ct);
        Review(daanActions[0], daan2, c.Eva, ActionOutcome.Done, null);
        Actions(daan2, c.Eva, "Eva vraagt aan het eind van elk gesprek: wat vond je ervan?");
        // Eva discusses Daan's midway measurement in supervision: the behavioural scientist sees that one, and no other.
        var scientist = await db.Staff.SingleAsync(s => s.OrganisationId == c.Org.Id && s.Email == DemoSeed.Logins[3].Email, ct);
        db.SupervisionShares.Add(new SupervisionShare
        {
            YouthId = c.Daan.Id, MeasurementId = daan2.Id, ScientistId = scientist.Id, SharedBy = c.Eva.Id, SharedAt = On(midway.AddDays(5), 11),
        });

        // Lotte has no account: her mentor typed in her paper forms.
        var lotteStart = c.Of(c.Lotte).StartDate;
        await MeasureAsync(c.Lotte, c.Ruben, version, lotteStart.AddDays(35), MeasurementKind.First, round: 1, ct);
        await MeasureAsync(c.Lotte, c.Ruben, version, today.AddDays(-20), MeasurementKind.AdHoc, round: 2, ct);
        // Sam is under 12: the mentor and his mother answer.
        await MeasureAsync(c.Sam, c.Eva, version, c.Of(c.Sam).StartDate.AddDays(30), MeasurementKind.First, round: 1, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>One measurement, answered on its day by every seat the pages would offer then: the youth (on paper by
    /// the mentor when they have no account; not under 12), the mentor, and each parent who had authority that day.</summary>
    async Task<Measurement> MeasureAsync(Youth youth, StaffMember mentor, Guid versionId, DateOnly on, MeasurementKind purpose, int round, CancellationToken ct)
    {
        var started = On(on.AddDays(-7), 9);
        var m = new Measurement
        {
            Id = Guid.CreateVersion7(), YouthId = youth.Id, TrajectoryId = c.Of(youth).Id, InstrumentVersionId = versionId, PlannedOn = on,
            Purpose = purpose, CreatedBy = mentor.Id, CreatedAt = started,
        };
        if (!(await MeasurementStatus.FactsAsync(db, [youth.Id], ct))[youth.Id].MayMeasureOn(on))
            throw new InvalidOperationException($"The demo story measures {youth.GivenName} on a day the rules refuse: {on}.");
        db.Measurements.Add(m);
        await db.SaveChangesAsync(ct);

        var authority = await db.CarerLinks.Where(l => l.YouthId == youth.Id).ToDictionaryAsync(l => l.CarerId, l => l.AuthoritySince, ct);
        var hour = 10;
        foreach (var seat in await Seats.OfMeasurementAsync(db, m, on, ct))
        {
            if (seat.Respondent == Respondent.Parent && (authority[seat.PersonId] > on || !await HasAccountAsync(seat.PersonId, ct))) continue;
            if (seat.Respondent == Respondent.Youth && Age.YearsOn(youth.BirthDate, on) < 12) continue;
            var form = (await Answering.LoadFormAsync(db, seat.FormId, ct))!;
            var sheet = new AnswerSheet();
            foreach (var item in form.Questions) sheet.Values[item.LinkId] = Answer(seat.Respondent, item.LinkId, round).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (seat.Respondent == Respondent.Youth && round == 1) sheet.Comments["doel-samen-kiezen"] = "Ik wist niet dat ik zelf mocht kiezen.";
            var paper = seat.Respondent == Respondent.Youth && youth.UserId is null ? mentor.Id : (Guid?)null;
            var (_, outcome) = await Responses.SaveAsync(db, seat, Guid.CreateVersion7(), sheet, form, submit: true, requireAll: true, paper,
                On(on, hour++), t, ct);
            if (outcome != Responses.Outcome.Completed) throw new InvalidOperationException($"A demo answer was refused: {string.Join(", ", sheet.Errors.Keys)}");
        }
        return m;
    }

    Task<bool> HasAccountAsync(Guid carerId, CancellationToken ct) => db.Carers.AnyAsync(x => x.Id == carerId && x.UserId != null, ct);

    /// <summary>1 to 5. The mentor rates the collaboration well throughout; at the first measurement the youth feels
    /// the goals are not theirs and has little say (the gap the conversation is about); at the second that is better.</summary>
    static int Answer(Respondent respondent, string linkId, int round) => respondent switch
    {
        Respondent.Mentor => linkId is "band-luisteren" or "band-serieus" or "aanpak-uitleg" ? 5 : 4,
        Respondent.Youth when round == 1 => linkId switch
        {
            "doel-samen-kiezen" => 1,
            _ when linkId.StartsWith("doel-", StringComparison.Ordinal) || linkId == "aanpak-meebeslissen" => 2,
            _ when linkId.StartsWith("band-", StringComparison.Ordinal) => 4,
            _ => 3,
        },
        Respondent.Youth => linkId is "doel-samen-kiezen" or "aanpak-meebeslissen" ? 3 : 4,
        _ => round == 1 && linkId == "ouder-aanpak-vertellen" ? 3 : 4,
    };

    List<AllianceAction> Actions(Measurement m, StaffMember by, params string[] texts)
    {
        var actions = texts.Select((text, i) => new AllianceAction
        {
            Id = Guid.CreateVersion7(), YouthId = m.YouthId, MeasurementId = m.Id, Text = text, CreatedBy = by.Id, CreatedAt = On(m.PlannedOn.AddDays(3), 14 + i),
        }).ToList();
        db.AllianceActions.AddRange(actions);
        return actions;
    }

    void Review(AllianceAction action, Measurement at, StaffMember by, ActionOutcome outcome, string? note) =>
        action.Review(at.Id, outcome, note, by.Id, On(at.PlannedOn.AddDays(3), 13));
}
