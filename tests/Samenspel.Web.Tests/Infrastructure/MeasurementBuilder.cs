using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Alliance;

namespace Samenspel.Web.Tests.Infrastructure;

/// <summary>Builds a measurement of the youth's current trajectory, started by its mentor, with completed responses
/// made straight in the database, in the style of eShop's OrderBuilder. The window rules are not checked here (the
/// pages that make measurements are tested in <see cref="MeasurementTests"/>). By default it is planned today, on the
/// shipped alliance instrument (werkrelatie), without responses.</summary>
public sealed class MeasurementBuilder(SamenspelFactory factory, Guid youthId)
{
    /// <summary>The 20 matching statements of the shipped youth and mentor alliance forms, in form order.</summary>
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

    DateOnly plannedOn = factory.Clock.DutchToday();
    Guid? versionId;
    readonly List<(Respondent Respondent, Guid? Person, Dictionary<string, int?> Answers, Dictionary<string, string>? Comments)> responses = [];

    public MeasurementBuilder PlannedOn(DateOnly day) { plannedOn = day; return this; }
    public MeasurementBuilder OfVersion(Guid instrumentVersionId) { versionId = instrumentVersionId; return this; }

    /// <summary>A completed youth response; an answer is an option's ordinal, a null answer leaves the item open.</summary>
    public MeasurementBuilder AnsweredByYouth(Dictionary<string, int?> answers, Dictionary<string, string>? comments = null) =>
        Answered(Respondent.Youth, null, answers, comments);
    /// <summary>A completed response of the trajectory's mentor.</summary>
    public MeasurementBuilder AnsweredByMentor(Dictionary<string, int?> answers) => Answered(Respondent.Mentor, null, answers, null);
    public MeasurementBuilder AnsweredByParent(Guid carerId, Dictionary<string, int?> answers) => Answered(Respondent.Parent, carerId, answers, null);

    MeasurementBuilder Answered(Respondent respondent, Guid? person, Dictionary<string, int?> answers, Dictionary<string, string>? comments)
    {
        responses.Add((respondent, person, answers, comments));
        return this;
    }

    /// <summary>Saves the measurement and its responses and returns the measurement's id.</summary>
    public async Task<Guid> BuildAsync()
    {
        var version = versionId ?? await factory.AllianceVersionAsync();
        return await factory.WithDbAsync(async db =>
        {
            var forms = await db.QuestionnaireForms.Include(f => f.Items).ThenInclude(i => i.Options).Where(f => f.InstrumentVersionId == version).ToListAsync();
            var trajectory = await db.Trajectories.Include(t => t.CareTeam).Where(t => t.YouthId == youthId).OrderByDescending(t => t.StartDate).FirstAsync();
            var mentorId = trajectory.MentorId!.Value;
            var now = factory.Clock.GetUtcNow();
            var measurement = new Measurement
            {
                YouthId = youthId, TrajectoryId = trajectory.Id, InstrumentVersionId = version, PlannedOn = plannedOn,
                Purpose = MeasurementKind.AdHoc, CreatedBy = mentorId, CreatedAt = now,
            };
            db.Measurements.Add(measurement);
            foreach (var (respondent, person, answers, comments) in responses)
            {
                var form = forms.Single(f => f.Respondent == respondent);
                var response = new Response
                {
                    YouthId = youthId, MeasurementId = measurement.Id, FormId = form.Id, Respondent = respondent,
                    RespondentPersonId = person ?? (respondent == Respondent.Youth ? youthId : mentorId),
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
            await db.SaveChangesAsync();
            return measurement.Id;
        });
    }
}
