using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Browser.Tests.Infrastructure;
using Samenspel.Web.Data;

namespace Samenspel.Browser.Tests;

/// <summary>
/// An alliance measurement in the browser: the mentor starts Noor's overdue first measurement from the caseload.
/// Noor, on a 360 px phone, opens it from her home page, reads the transparency screen, answers half the statements
/// (each change is saved by the page's script), reloads and finds them still ticked, answers the rest and sends the
/// same form several times. Exactly one completed response is stored. axe-core checks the transparency and fill-in
/// pages (and the mentor's start and overview pages) on a phone and a laptop.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MeasurementFillInJourneyTests(Chromium chromium, ClockedAppServer app) : IClassFixture<ClockedAppServer>
{
    [BrowserFact]
    public async Task Youth_fills_in_on_a_phone_reloads_halfway_sends_twice_and_one_response_is_stored()
    {
        var (startUrl, overviewUrl) = await chromium.MentorStartsNoorsDueMeasurementAsync(app);
        var (aboutUrl, fillUrl) = await chromium.NoorFillsInOnHerPhoneAsync(app);

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
            var noorId = await db.Youths.Where(y => y.GivenName == "Noor").Select(y => y.Id).SingleAsync();
            var responses = await db.Responses.Include(r => r.Answers).Where(r => r.YouthId == noorId).ToListAsync();
            var response = Assert.Single(responses);
            Assert.Equal((ResponseStatus.Completed, Respondent.Youth, 20), (response.Status, response.Respondent, response.Answers.Count));
            Assert.True(response.Answers.Sum(a => a.Ordinal) == 10 * 4 + 10 * 5, string.Join(",", response.Answers.OrderBy(a => a.Id).Select(a => $"{a.LinkId}={a.Ordinal}/{a.ValueCode}/{a.ValueDisplay}/{response.Revision}")));
            Assert.Equal("Ze luistert naar me.", response.Answers.Single(a => a.Comment is not null).Comment);
        }

        // The mentor answers the same measurement: the transparency and fill-in pages of the mentor form, on both viewports.
        await chromium.AssertAccessibleAsync(app, DemoSeed.Email.Mentor, startUrl, overviewUrl, aboutUrl, fillUrl);
    }
}
