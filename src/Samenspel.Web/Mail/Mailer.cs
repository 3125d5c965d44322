using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Samenspel.Web.Mail;

/// <summary>Sends mail through SMTP with MailKit when an SMTP host is configured; otherwise writes each message
/// as an .eml file to data/outbox, so that mail is visible in development.</summary>
public sealed class Mailer(SamenspelSettings settings, TimeProvider clock, ILogger<Mailer> log)
{
    public async Task SendAsync(string to, string subject, string body, string fromName, CancellationToken ct = default)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(fromName, settings.MailFrom));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        if (settings.SmtpHost is null)
        {
            Directory.CreateDirectory(settings.Outbox);
            var file = Path.Combine(settings.Outbox, $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(file, ct);
            log.LogInformation("Mail {MessageId} written to the outbox", message.MessageId);
            return;
        }
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.SmtpHost, settings.SmtpPort, SecureSocketOptions.Auto, ct);
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(true, ct);
        log.LogInformation("Mail {MessageId} sent", message.MessageId);
    }
}
