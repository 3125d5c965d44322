using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;
using Samenspel.Web.Tests.Messages;

namespace Samenspel.Web.Tests.Security;

/// <summary>Requests an attacker shapes by hand (SECURITY.md 21, 26 and 28): a post without the antiforgery token,
/// markup in a message, a choice that is not on the list, and line breaks in a sign-in name.</summary>
public abstract class RequestSafetyTests(SamenspelFactory factory)
{
    Dictionary<string, string> Contact(string channel, string note) => new()
    {
        ["Input.SubmissionId"] = Guid.NewGuid().ToString(), ["Input.With"] = "youth", ["Input.Reached"] = "True",
        ["Input.Channel"] = channel, ["Input.Direction"] = "Outbound", ["Input.Reason"] = "Update",
        ["Input.When"] = TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture), ["Input.Note"] = note,
    };

    Task<int> ContactsWithNoteAsync(string note) => factory.WithDbAsync(db => db.ContactLog.CountAsync(c => c.Note == note));

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400_and_stores_nothing()
    {
        var noorId = await factory.YouthAsync("Noor");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        await mentor.GetPageAsync($"/Contacts/New?youthId={noorId}"); // the antiforgery cookie is set, the token is left out
        var note = $"forged-{Guid.NewGuid():N}";
        var response = await mentor.Client.PostAsync($"/Contacts/New?youthId={noorId}", new FormUrlEncodedContent(Contact("Phone", note)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await ContactsWithNoteAsync(note));

        // The same post with the token is stored: the refusal above was the token, not the fields.
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.PostFormAsync($"/Contacts/New?youthId={noorId}", Contact("Phone", note))).StatusCode);
        Assert.Equal(1, await ContactsWithNoteAsync(note));
    }

    [Fact]
    public async Task A_choice_that_is_not_on_the_list_is_refused_in_Dutch_and_keeps_what_was_typed()
    {
        var noorId = await factory.YouthAsync("Noor");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var note = $"pigeon-{Guid.NewGuid():N}";
        var response = await mentor.PostFormAsync($"/Contacts/New?youthId={noorId}", Contact("CarrierPigeon", note));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("aria-invalid=\"true\"", page);
        Assert.Contains(note, page);
        Assert.Equal(0, await ContactsWithNoteAsync(note));
    }

    [Fact]
    public async Task Markup_in_a_message_reaches_the_reader_as_text()
    {
        var noorId = await factory.YouthAsync("Noor");
        var ingrid = await factory.CarerAsync("Ingrid Peters");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var marker = Guid.NewGuid().ToString("N");
        var text = $"<script>alert('{marker}')</script><img src=x onerror=alert(1)>";
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.WriteAsync($"/Messages?youthId={noorId}", text, to: ingrid.ToString())).StatusCode);

        var mother = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother);
        var html = await mother.GetPageAsync($"/Messages/Thread?youthId={noorId}");
        Assert.Contains($"&lt;script&gt;alert(&#x27;{marker}&#x27;)&lt;/script&gt;", html);
        Assert.DoesNotContain($"<script>alert('{marker}')", html);
        Assert.DoesNotContain("<img src=x", html);
    }

    [Fact]
    public async Task Line_breaks_in_a_sign_in_name_cannot_forge_a_log_line()
    {
        var logged = new CapturingLoggerProvider();
        factory.Services.GetRequiredService<ILoggerFactory>().AddProvider(logged);
        var forged = $"Login succeeded for admin@demo.samenspel.nl {Guid.NewGuid():N}";
        var before = await factory.WithDbAsync(db => db.AuditEvents.CountAsync());

        var response = await Browser.Anonymous(factory).PostFormAsync("/Accounts/Login", new()
        {
            ["Input.Email"] = $"nobody@demo.samenspel.nl\r\n{forged}", ["Input.Password"] = "wrong password",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(logged.Lines, l => l.Contains(forged));
        // At most the one failed attempt is audited, and audit rows hold identifiers, never the typed name.
        var added = await factory.WithDbAsync(db => db.AuditEvents.OrderBy(e => e.Id).Skip(before).ToListAsync());
        Assert.True(added.Count <= 1, $"{added.Count} audit rows for one sign-in attempt");
        Assert.DoesNotContain(added, e => $"{e.EventType}|{e.Role}|{e.Client}|{e.ObjectType}|{e.ObjectId}".Contains("nobody"));
    }

    sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public List<string> Lines { get; } = [];
        public ILogger CreateLogger(string categoryName) => new Logger(this);
        public void Dispose() { }

        sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (owner.Lines) owner.Lines.Add(formatter(state, exception));
            }
        }
    }
}

public sealed class RequestSafetyTests_Sqlite(SqliteFactory f) : RequestSafetyTests(f), IClassFixture<SqliteFactory>;
public sealed class RequestSafetyTests_Postgres(PostgresFactory f) : RequestSafetyTests(f), IClassFixture<PostgresFactory>;
