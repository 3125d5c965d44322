using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspel.Web.Jobs;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Jobs;

/// <summary>One app node on a database that other nodes (or a later restart) may share; mail goes to the given
/// loopback SMTP server, or to the outbox without one. Extra jobs are added to the app's own.</summary>
public sealed class SchedulerNode(string provider, string connectionString, SmtpServer? smtp = null, bool loop = false,
    params RecurringJob[] extraJobs) : SamenspelFactory
{
    public static SchedulerNode Sqlite(string file, SmtpServer? smtp = null, bool loop = false, params RecurringJob[] extraJobs) =>
        new("sqlite", $"Data Source={file};Default Timeout=30", smtp, loop, extraJobs);

    public static SchedulerNode Postgres(string database, SmtpServer? smtp = null) =>
        new("postgres", Infrastructure.Postgres.CreateDatabase(database), smtp);

    protected override string Provider => provider;
    protected override string ConnectionString => connectionString;

    protected override IDictionary<string, string?> ExtraSettings
    {
        get
        {
            var settings = new Dictionary<string, string?>();
            if (smtp is not null)
            {
                settings["Samenspel:Mail:SmtpHost"] = "127.0.0.1";
                settings["Samenspel:Mail:SmtpPort"] = smtp.Port.ToString();
            }
            if (loop)
            {
                settings["Samenspel:Scheduler:Enabled"] = "true";
                settings["Samenspel:Scheduler:PollSeconds"] = "60";
            }
            return settings;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s =>
        {
            foreach (var job in extraJobs) s.AddSingleton(job);
        });
    }

    public Scheduler Scheduler => Services.GetRequiredService<Scheduler>();

    public Task<ScheduledJob> JobAsync(string name) =>
        WithDbAsync(db => db.ScheduledJobs.AsNoTracking().SingleAsync(j => j.Name == name));
}
