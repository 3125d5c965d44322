using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samenspel.Domain.Register;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Alliance;

/// <summary>Responses made straight in the database, for tests that need them as a starting point (the pages that
/// make them are tested in <see cref="MeasurementTests"/>; measurements come from <see cref="Infrastructure.MeasurementBuilder"/>).</summary>
public static partial class AllianceTestData
{
    public const string AllianceKey = "https://samenspel.nl/fhir/instrument/werkrelatie";

    /// <summary>The shipped alliance instrument's version (werkrelatie 1.0).</summary>
    public static Task<Guid> AllianceVersionAsync(this SamenspelFactory factory) =>
        factory.WithDbAsync(db => db.InstrumentVersions
            .Join(db.Instruments.Where(i => i.Key == AllianceKey && i.OrganisationId == null), v => v.InstrumentId, i => i.Id, (v, i) => v.Id)
            .SingleAsync());

    /// <summary>A completed response of <paramref name="respondent"/> (for a parent: the carer <paramref name="personId"/>;
    /// otherwise the youth or the trajectory's mentor) that answers every choice item with the option whose ordinal
    /// value <paramref name="ordinal"/> gives for the item's linkId, with an optional comment per linkId.</summary>
    public static Task<Guid> CompletedResponseAsync(this SamenspelFactory factory, Guid measurementId, Respondent respondent,
        Func<string, decimal> ordinal, Guid? personId = null, Func<string, string?>? comment = null) =>
        factory.WithDbAsync(async db =>
        {
            var m = await db.Measurements.SingleAsync(x => x.Id == measurementId);
            var person = personId ?? respondent switch
            {
                Respondent.Youth => m.YouthId,
                Respondent.Mentor => await db.CareTeamMembers.Where(c => c.TrajectoryId == m.TrajectoryId && c.Role == StaffRole.Mentor).Select(c => c.StaffMemberId).SingleAsync(),
                _ => throw new ArgumentException("a parent's response needs the carer's id", nameof(personId)),
            };
            var form = await db.QuestionnaireForms.Include(f => f.Items).ThenInclude(i => i.Options)
                .Where(f => f.InstrumentVersionId == m.InstrumentVersionId && (f.Respondent == respondent || f.Respondent == Respondent.Any))
                .OrderBy(f => f.Respondent == Respondent.Any).FirstAsync();
            var now = factory.Clock.GetUtcNow();
            var response = new Response
            {
                YouthId = m.YouthId, MeasurementId = m.Id, FormId = form.Id, Respondent = respondent, RespondentPersonId = person,
                Status = ResponseStatus.Completed, SubmissionId = Guid.CreateVersion7(), StartedAt = now, UpdatedAt = now, SubmittedAt = now,
            };
            foreach (var item in form.Items.Where(i => i.Type == "choice").OrderBy(i => i.Order))
            {
                var option = item.Options.Single(o => o.Ordinal == ordinal(item.LinkId));
                response.Answers.Add(new ResponseAnswer
                {
                    YouthId = m.YouthId, ResponseId = response.Id, LinkId = item.LinkId, ValueSystem = option.System, ValueCode = option.Code,
                    ValueDisplay = option.Display, Ordinal = option.Ordinal, Comment = comment?.Invoke(item.LinkId),
                });
            }
            db.Responses.Add(response);
            await db.SaveChangesAsync();
            return response.Id;
        });

    /// <summary>The linkIds of the choice items of one respondent's form of a version, in order.</summary>
    public static Task<List<string>> LinkIdsAsync(this SamenspelFactory factory, Guid versionId, Respondent respondent) =>
        factory.WithDbAsync(db => db.QuestionnaireForms.Where(f => f.InstrumentVersionId == versionId && f.Respondent == respondent)
            .SelectMany(f => f.Items).Where(i => i.Type == "choice").OrderBy(i => i.Order).Select(i => i.LinkId).ToListAsync());

    /// <summary>The hidden submission id on a fill-in or paper page.</summary>
    public static Guid SubmissionIdOn(string page) => Guid.Parse(SubmissionField().Match(page).Groups[1].Value);

    [GeneratedRegex("name=\"SubmissionId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex SubmissionField();
}
