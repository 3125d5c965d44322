using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Web.Data;
using Samenspel.Web.Features.Alliance;

namespace Samenspel.Bench;

/// <summary>Alliance measurements for the synthetic organisation. Youth 1 gets a history of five measurements with a
/// completed youth and mentor response each, written through the app's DbContext (so audited); the same five are then
/// copied to every other trajectory in bulk SQL (INSERT ... SELECT, not audited), 10 responses of 20 answers per youth.
/// The youth who sends questionnaires (youth 2) gets open measurements for them (<see cref="OpenAsync"/>), since a sent questionnaire cannot be
/// sent again.</summary>
static class AllianceSeed
{
    const int History = 5;

    /// <summary>Seeds the history when there is none yet and answers the posted fields of a complete youth form (every
    /// statement answered).</summary>
    public static async Task<Dictionary<string, string>> EnsureAsync(IServiceProvider services, Guid youthId, bool postgres)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var version = await db.InstrumentVersions.Where(v => db.Instruments.Any(i => i.Id == v.InstrumentId && i.Key == StartModel.AllianceKey))
            .OrderByDescending(v => v.ImportedAt).FirstAsync();
        var forms = await db.QuestionnaireForms.Include(f => f.Items).ThenInclude(i => i.Options)
            .Where(f => f.InstrumentVersionId == version.Id).ToListAsync();
        var trajectory = await db.Trajectories.Include(t => t.CareTeam).CurrentTrajectory(youthId).FirstAsync();
        var mentorId = trajectory.MentorId!.Value;
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var today = clock.DutchToday();

        Measurement New(DateOnly plannedOn) => new()
        {
            YouthId = youthId, TrajectoryId = trajectory.Id, InstrumentVersionId = version.Id, PlannedOn = plannedOn,
            Purpose = MeasurementKind.AdHoc, CreatedBy = mentorId, CreatedAt = now,
        };

        if (!await db.Measurements.AnyAsync(m => m.YouthId != youthId))
        {
            var random = new Random(7);
            for (var k = 0; k < History; k++)
            {
                var measurement = New(today.AddDays(-400 + 60 * k));
                db.Measurements.Add(measurement);
                foreach (var respondent in new[] { Respondent.Youth, Respondent.Mentor })
                {
                    var form = forms.Single(f => f.Respondent == respondent);
                    var response = new Response
                    {
                        YouthId = youthId, MeasurementId = measurement.Id, FormId = form.Id, Respondent = respondent,
                        RespondentPersonId = respondent == Respondent.Youth ? youthId : mentorId, Status = ResponseStatus.Completed,
                        SubmissionId = Guid.CreateVersion7(), StartedAt = now, UpdatedAt = now, SubmittedAt = now,
                    };
                    foreach (var item in form.Items.Where(i => i.Options.Count > 0))
                    {
                        var option = item.Options[random.Next(item.Options.Count)];
                        response.Answers.Add(new ResponseAnswer
                        {
                            YouthId = youthId, ResponseId = response.Id, LinkId = item.LinkId, ValueSystem = option.System,
                            ValueCode = option.Code, ValueDisplay = option.Display, Ordinal = option.Ordinal,
                        });
                    }
                    db.Responses.Add(response);
                }
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            await CopyHistoryAsync(db, youthId, postgres);
        }

        var youthForm = forms.Single(f => f.Respondent == Respondent.Youth);
        return youthForm.Items.Where(i => i.Options.Count > 0)
            .ToDictionary(i => AnswerSheet.ValuePrefix + i.LinkId, i => i.Options[i.Options.Count / 2].Code);
    }

    /// <summary>Adds <paramref name="count"/> open measurements for the youth (planned today, written through the app's
    /// DbContext, so audited) and answers their ids.</summary>
    public static async Task<List<Guid>> OpenAsync(IServiceProvider services, Guid youthId, int count)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
        var template = await db.Measurements.AsNoTracking().Where(m => m.YouthId == youthId).OrderBy(m => m.PlannedOn).FirstAsync();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var opened = Enumerable.Range(0, count).Select(_ => new Measurement
        {
            YouthId = youthId, TrajectoryId = template.TrajectoryId, InstrumentVersionId = template.InstrumentVersionId, PlannedOn = clock.DutchToday(),
            Purpose = MeasurementKind.AdHoc, CreatedBy = template.CreatedBy, CreatedAt = clock.GetUtcNow(),
        }).ToList();
        db.Measurements.AddRange(opened);
        await db.SaveChangesAsync();
        return opened.Select(m => m.Id).ToList();
    }

    /// <summary>Deletes those of <paramref name="ids"/> that nobody answered (left over from a timed run), so that later
    /// runs on the same database do not find hundreds of open questionnaires for the youth. Not audited.</summary>
    public static async Task<int> DeleteUnansweredAsync(IServiceProvider services, IReadOnlyList<Guid> ids)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
        var deleted = 0;
        foreach (var chunk in ids.Chunk(500))
            deleted += await db.Measurements.Where(m => chunk.Contains(m.Id) && !db.Responses.Any(r => r.MeasurementId == m.Id)).ExecuteDeleteAsync();
        return deleted;
    }

    /// <summary>The template youth's measurements, responses and answers, for every other trajectory, with new ids; the
    /// mentor's response is the trajectory's mentor's. Copying stored values keeps the providers' formats.</summary>
    static async Task CopyHistoryAsync(SamenspelDb db, Guid template, bool postgres)
    {
        var id = postgres ? "gen_random_uuid()"
            : "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";
        const string t = "{0}";
        const string mentor = """(SELECT c."StaffMemberId" FROM "CareTeamMembers" c WHERE c."TrajectoryId" = tr."Id" AND c."Role" = 'Mentor' LIMIT 1)""";
        string[] statements = [$"""
            INSERT INTO "Measurements" ("Id", "YouthId", "TrajectoryId", "InstrumentVersionId", "PlannedOn", "Purpose", "CreatedBy", "CreatedAt")
            SELECT {id}, tr."YouthId", tr."Id", m."InstrumentVersionId", m."PlannedOn", m."Purpose", {mentor}, m."CreatedAt"
            FROM "Trajectories" tr CROSS JOIN "Measurements" m
            WHERE m."YouthId" = {t} AND tr."YouthId" <> {t} AND {mentor} IS NOT NULL
            """, $"""
            INSERT INTO "Responses" ("Id", "YouthId", "MeasurementId", "FormId", "Respondent", "RespondentPersonId", "Status", "SubmissionId", "StartedAt", "UpdatedAt", "SubmittedAt", "EnteredBy", "Revision")
            SELECT {id}, n."YouthId", n."Id", r."FormId", r."Respondent", CASE WHEN r."Respondent" = 'Youth' THEN n."YouthId" ELSE n."CreatedBy" END,
                   r."Status", {id}, r."StartedAt", r."UpdatedAt", r."SubmittedAt", NULL, r."Revision"
            FROM "Measurements" n JOIN "Measurements" m ON m."YouthId" = {t} AND m."PlannedOn" = n."PlannedOn"
            JOIN "Responses" r ON r."MeasurementId" = m."Id"
            WHERE n."YouthId" <> {t}
            """, $"""
            INSERT INTO "ResponseAnswers" ("Id", "YouthId", "ResponseId", "LinkId", "ValueSystem", "ValueCode", "ValueDisplay", "ValueString", "ValueInteger", "ValueBoolean", "Ordinal", "Comment")
            SELECT {id}, nr."YouthId", nr."Id", a."LinkId", a."ValueSystem", a."ValueCode", a."ValueDisplay", a."ValueString", a."ValueInteger", a."ValueBoolean", a."Ordinal", a."Comment"
            FROM "Responses" nr JOIN "Measurements" n ON n."Id" = nr."MeasurementId"
            JOIN "Measurements" m ON m."YouthId" = {t} AND m."PlannedOn" = n."PlannedOn"
            JOIN "Responses" r ON r."MeasurementId" = m."Id" AND r."Respondent" = nr."Respondent"
            JOIN "ResponseAnswers" a ON a."ResponseId" = r."Id"
            WHERE nr."YouthId" <> {t}
            """];
        foreach (var sql in statements) await db.Database.ExecuteSqlRawAsync(sql, template);
    }
}
