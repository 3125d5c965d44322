using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Announcements;

static partial class AnnouncementTestData
{
    public const string OrganisationName = "Jeugdhulp De Brug (demo)";

    /// <summary>The carers of team Noord whom the policy lets read their child's register: every one of them.</summary>
    public static readonly string[] NorthCarers =
        [DemoSeed.Email.SamsMother, DemoSeed.Email.NoorsMother, DemoSeed.Email.NoorsFather, DemoSeed.Email.DaansMother, DemoSeed.Email.DaansFather];

    public static Task<Guid> TeamAsync(this SamenspelFactory factory, string name) =>
        factory.WithDbAsync(db => db.Teams.Where(t => t.Name == name).Select(t => t.Id).SingleAsync());

    public static string Today(this SamenspelFactory factory) => factory.Clock.DutchToday().ToString("yyyy-MM-dd");
    public static string InDays(this SamenspelFactory factory, int days) => factory.Clock.DutchToday().AddDays(days).ToString("yyyy-MM-dd");

    public static Task<HttpResponseMessage> AnnounceAsync(this Browser staff, string scope, string audience, string title, string publishOn,
        string body = "Op 12 december is de kerstviering. Iedereen is welkom.", string monthlyDay = "", string alsoTo = "", Guid? submission = null) =>
        staff.PostFormAsync("/Announcements/New", new()
        {
            ["Input.SubmissionId"] = (submission ?? Guid.NewGuid()).ToString(), ["Input.Scope"] = scope, ["Input.Audience"] = audience,
            ["Input.Title"] = title, ["Input.Body"] = body, ["Input.PublishOn"] = publishOn, ["Input.MonthlyDay"] = monthlyDay, ["Input.AlsoTo"] = alsoTo,
        });

    public static List<MimeMessage> With(this SmtpServer smtp, string subjectPart) =>
        smtp.Messages().Where(m => (m.Subject ?? "").Contains(subjectPart, StringComparison.Ordinal)).ToList();

    public static string Address(this MimeMessage mail) => mail.To.Mailboxes.Single().Address;

    /// <summary>The path and query of the personal link in an announcement or invitation mail.</summary>
    public static string Link(this MimeMessage mail) => new Uri(LinkPattern().Match(mail.TextBody ?? "").Value).PathAndQuery;

    [GeneratedRegex(@"http://\S+/(Announcements/Read|Events/Respond)\?token=\S+")]
    private static partial Regex LinkPattern();
}
