using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Alliance;

/// <summary>Measurements with completed responses to the shipped werkrelatie instrument, made straight in the
/// database so that the results and conversation tests do not depend on the fill-in pages.</summary>
static class MeasurementData
{
    public const string Werkrelatie = "https://samenspel.nl/fhir/instrument/werkrelatie";

    /// <summary>The 20 matching statements of the shipped youth and mentor forms, in form order.</summary>
    public static readonly string[] Statements =
    [
        "band-veilig", "band-luisteren", "band-vertrouwen", "band-serieus", "band-eerlijk", "band-begrip", "band-praten",
        "doel-zelfde", "doel-eigen", "doel-weten", "doel-belangrijk", "doel-samen-kiezen", "doel-beter", "doel-vragen",
        "aanpak-past", "aanpak-helpt", "aanpak-meebeslissen", "aanpak-uitleg", "aanpak-afspraken", "aanpak-anders",
    ];

    /// <summary>Every statement answered with <paramref name="all"/>, except those in <paramref name="except"/>
    /// (a null value leaves the statement open).</summary>
    public static Dictionary<string, int?> Answers(int all, params (string LinkId, int? Value)[] except)
    {
        var answers = Statements.ToDictionary(s => s, _ => (int?)all);
        foreach (var (linkId, value) in except) answers[linkId] = value;
        return answers;
    }

    /// <summary>A measurement of the youth's current trajectory planned on <paramref name="plannedOn"/>, with a
    /// completed youth, mentor and (optionally) parent response. Returns the measurement's id.</summary>
    public static Task<Guid> MeasurementAsync(this SamenspelFactory factory, Guid youthId, DateOnly plannedOn,
        Dictionary<string, int?>? youth, Dictionary<string, int?>? mentor, (Guid CarerId, Dictionary<string, int?> Answers)? parent = null,
        Dictionary<string, string>? youthComments = null) =>
        factory.WithDbAsync(async db =>
        {
            var version = await db.InstrumentVersions.Where(v => db.Instruments.Any(i => i.Id == v.InstrumentId && i.Key == Werkrelatie))
                .OrderByDescending(v => v.ImportedAt).FirstAsync();
            var forms = await db.QuestionnaireForms.Include(f => f.Items).ThenInclude(i => i.Options)
                .Where(f => f.InstrumentVersionId == version.Id).ToListAsync();
            var trajectory = await db.Trajectories.Include(t => t.CareTeam).Where(t => t.YouthId == youthId).OrderByDescending(t => t.StartDate).FirstAsync();
            var mentorId = trajectory.MentorId!.Value;
            var now = factory.Clock.GetUtcNow();
            var measurement = new Measurement
            {
                YouthId = youthId, TrajectoryId = trajectory.Id, InstrumentVersionId = version.Id, PlannedOn = plannedOn,
                Purpose = MeasurementKind.AdHoc, CreatedBy = mentorId, CreatedAt = now,
            };
            db.Measurements.Add(measurement);
            void Respond(Respondent respondent, Guid person, Dictionary<string, int?> answers, Dictionary<string, string>? comments = null)
            {
                var form = forms.Single(f => f.Respondent == respondent);
                var response = new Response
                {
                    YouthId = youthId, MeasurementId = measurement.Id, FormId = form.Id, Respondent = respondent, RespondentPersonId = person,
                    Status = ResponseStatus.Completed, SubmissionId = Guid.CreateVersion7(), StartedAt = now, UpdatedAt = now, SubmittedAt = now,
                };
                foreach (var (linkId, value) in answers)
                {
                    if (value is null) continue;
                    var option = form.Items.Single(i => i.LinkId == linkId).Options.Single(o => o.Ordinal == value);
                    response.Answers.Add(new ResponseAnswer
                    {
                        YouthId = youthId, ResponseId = response.Id, LinkId = linkId, ValueSystem = option.System, ValueCode = option.Code,
                        ValueDisplay = option.Display, Ordinal = option.Ordinal, Comment = comments?.GetValueOrDefault(linkId),
                    });
                }
                db.Responses.Add(response);
            }
            if (youth is not null) Respond(Respondent.Youth, youthId, youth, youthComments);
            if (mentor is not null) Respond(Respondent.Mentor, mentorId, mentor);
            if (parent is { } p) Respond(Respondent.Parent, p.CarerId, p.Answers);
            await db.SaveChangesAsync();
            return measurement.Id;
        });
}
