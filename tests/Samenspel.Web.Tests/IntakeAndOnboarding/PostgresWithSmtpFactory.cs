using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.IntakeAndOnboarding;

/// <summary>The app on a fresh PostgreSQL database with mail going to a loopback SMTP server.</summary>
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
