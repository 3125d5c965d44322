namespace Samenspel.Web.Tests.Infrastructure;

/// <summary>The app with mail going to a loopback SMTP server.</summary>
public sealed class SqliteWithSmtpFactory : SamenspelFactory
{
    public SmtpServer Smtp { get; } = new();
    protected override string Provider => "sqlite";
    protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "samenspel.db")};Default Timeout=30";
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
