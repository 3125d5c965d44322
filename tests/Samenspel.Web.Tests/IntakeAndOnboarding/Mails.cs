using System.Text.RegularExpressions;
using MimeKit;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.IntakeAndOnboarding;

static partial class Mails
{
    public static List<MimeMessage> To(this SmtpServer smtp, string address) =>
        smtp.Messages().Where(m => m.To.Mailboxes.Single().Address == address).ToList();

    /// <summary>The path and query of the read-and-confirm link in a start mail.</summary>
    public static string ReadLink(MimeMessage mail) => new Uri(ReadPattern().Match(mail.TextBody ?? "").Value).PathAndQuery;

    [GeneratedRegex(@"http://\S+/Onboarding/Read\?id=\S+")]
    private static partial Regex ReadPattern();
}
