using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Samenspel.Domain.Access;
using Samenspel.Web.Access;
using Samenspel.Web.Data;
using Samenspel.Web.Features.Messages;
using Samenspel.Web.Mail;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Messages;

/// <summary>The app on PostgreSQL with mail going to a loopback SMTP server.</summary>
public sealed class PostgresWithSmtpFactory : PostgresFactory
{
    public SmtpServer Smtp { get; } = new();
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Samenspel:Mail:SmtpHost"] = "127.0.0.1",
        ["Samenspel:Mail:SmtpPort"] = Smtp.Port.ToString(),
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Smtp.Dispose();
    }
}

static partial class MessagesTestKit
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];
    public static readonly byte[] Pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    /// <summary>Posts a multipart form (as the browser does for forms with a file) with the antiforgery token of the page.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(this Browser browser, string url, Dictionary<string, string> fields,
        (string Name, byte[] Bytes)? file = null, string? formPage = null)
    {
        var page = await (await browser.GetAsync(formPage ?? url)).Content.ReadAsStringAsync();
        var token = Token().Match(page);
        if (!token.Success) throw new InvalidOperationException($"No antiforgery token on {formPage ?? url}");
        var content = new MultipartFormDataContent();
        foreach (var (k, v) in fields) content.Add(new StringContent(v), k);
        content.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken");
        if (file is { } f)
        {
            var bytes = new ByteArrayContent(f.Bytes);
            bytes.Headers.ContentType = new("application/octet-stream");
            content.Add(bytes, "Attachment", f.Name);
        }
        return await browser.Client.PostAsync(url, content);
    }

    public static Task<HttpResponseMessage> WriteAsync(this Browser browser, string url, string text, bool needsAnswer = false, string? to = null,
        Guid? submission = null, (string Name, byte[] Bytes)? file = null, string? formPage = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Text"] = text, ["Input.NeedsAnswer"] = needsAnswer ? "true" : "false",
            ["Input.SubmissionId"] = (submission ?? Guid.NewGuid()).ToString(),
        };
        if (to is not null) fields["Input.To"] = to;
        return browser.PostMultipartAsync(url, fields, file, formPage);
    }

    /// <summary>Runs the notification job once, as the scheduler would.</summary>
    public static async Task<int> SendMailAsync(this SamenspelFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var s = scope.ServiceProvider;
        return await MessageMail.SendPendingAsync(s.GetRequiredService<SamenspelDb>(), s.GetRequiredService<YouthAccess>(), s.GetRequiredService<Mailer>(),
            s.GetRequiredService<TimeProvider>(), s.GetRequiredService<SamenspelSettings>());
    }

    public static Task ShieldAsync(this SamenspelFactory factory, Guid youthId, Guid carerId, DataCategory category) =>
        factory.WithDbAsync(async db =>
        {
            db.CategoryShields.Add(new CategoryShield { YouthId = youthId, CarerId = carerId, ShieldedCategory = category, CreatedAt = factory.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });

    public static List<MimeMessage> MailTo(this SmtpServer smtp, string address) =>
        smtp.Messages().Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
