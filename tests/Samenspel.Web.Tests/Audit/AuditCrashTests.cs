using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Audit;

/// <summary>
/// Reads are audited by group commit (<c>AuditWriter</c>): a request answers only after the batch holding its rows is
/// committed. The app runs here as its own process, the way it runs in production, with concurrent page views and
/// contact notes in flight, and is killed (SIGKILL) in the middle. Afterwards every view that was answered has its
/// read rows, every note that was acknowledged is stored with its create row, and <c>audit verify</c> passes.
/// </summary>
public sealed class AuditCrashTests
{
    [Fact]
    public async Task Killing_the_app_under_load_loses_no_acknowledged_view_or_note_and_the_chain_verifies()
    {
        var data = Directory.CreateTempSubdirectory("samenspel-crash-").FullName;
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        using var app = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "Samenspel.Web.dll"), "--demo", "--data", data, "--urls", baseAddress.ToString(),
                "--Samenspel:Database:Provider", "sqlite", "--Samenspel:Audit:Key", SamenspelFactory.AuditKey, "--Samenspel:Scheduler:Enabled", "false",
            },
            WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        app.OutputDataReceived += (_, _) => { };
        app.ErrorDataReceived += (_, _) => { };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            var mentor = await SignedInAsync(baseAddress);
            // Views of Sam's file are counted; the notes go to Noor's, so their form pages add no rows to Sam's count.
            var samId = Guid.Parse((string)Query(data, "SELECT Id FROM Youths WHERE GivenName = 'Sam'")!);
            var noorId = Guid.Parse((string)Query(data, "SELECT Id FROM Youths WHERE GivenName = 'Noor'")!);
            var mentorUser = (string)Query(data, $"SELECT Id FROM AspNetUsers WHERE Email = '{DemoSeed.Email.Mentor}'")!;
            string ReadRows() => $"SELECT COUNT(*) FROM AuditEvents WHERE UserId = '{mentorUser}' AND YouthId = '{samId.ToString().ToUpperInvariant()}' AND Action = 'Read'";
            var view = $"/Youths/Details?id={samId}";

            // One view alone tells how many read rows a view of this file writes.
            var before = (long)Query(data, ReadRows())!;
            await mentor.GetPageAsync(view);
            var rowsPerView = (long)Query(data, ReadRows())! - before;
            Assert.True(rowsPerView > 0);
            before += rowsPerView;

            var views = 0;
            var notes = new ConcurrentBag<string>();
            using var stop = new CancellationTokenSource();
            var killed = false;
            async Task Viewing()
            {
                var browser = mentor; // one sign-in for all viewers (sign-ins are rate-limited); the jar is thread-safe
                while (!stop.IsCancellationRequested)
                    try
                    {
                        if ((await browser.Client.GetAsync(view, stop.Token)).StatusCode == HttpStatusCode.OK) Interlocked.Increment(ref views);
                    }
                    catch (Exception) when (Volatile.Read(ref killed)) { }
            }
            async Task Noting()
            {
                var browser = await SignedInAsync(baseAddress);
                while (!stop.IsCancellationRequested)
                    try
                    {
                        var note = $"crash-{Guid.NewGuid():N}";
                        if ((await browser.PostFormAsync($"/Contacts/New?youthId={noorId}", ContactNote(note))).StatusCode == HttpStatusCode.Redirect)
                            notes.Add(note);
                    }
                    catch (Exception) when (Volatile.Read(ref killed)) { }
            }
            var load = Enumerable.Range(0, 8).Select(_ => Viewing()).Concat(Enumerable.Range(0, 2).Select(_ => Noting())).ToList();
            var waited = Stopwatch.StartNew();
            while (Volatile.Read(ref views) < 200 && waited.Elapsed < TimeSpan.FromSeconds(60) && !load.Any(l => l.IsFaulted)) await Task.Delay(20);
            // Kill the writer mid-batch: hold the database's write lock, so the batch that is being written cannot
            // commit, let the views go on for a while (an answer now would be an answer without its row), then kill.
            using (var blocker = new SqliteConnection($"Data Source={Path.Combine(data, "samenspel.db")};Pooling=False"))
            {
                blocker.Open();
                using (var begin = blocker.CreateCommand()) { begin.CommandText = "BEGIN IMMEDIATE"; begin.ExecuteNonQuery(); }
                await Task.Delay(TimeSpan.FromSeconds(2));
                Volatile.Write(ref killed, true);
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
            }
            stop.Cancel();
            await Task.WhenAll(load);
            SqliteConnection.ClearAllPools();

            Assert.True(views >= 200, $"only {views} views were answered before the deadline");
            Assert.True((long)Query(data, ReadRows())! >= before + views * rowsPerView, $"{views} answered views need {views * rowsPerView} read rows");
            foreach (var note in notes)
            {
                var id = (string)Query(data, $"SELECT Id FROM ContactLog WHERE Note = '{note}'")!;
                Assert.Equal(1L, Query(data, $"SELECT COUNT(*) FROM AuditEvents WHERE ObjectId = '{id.ToLowerInvariant()}' AND Action = 'Create'"));
            }
            var (exit, output) = await CommandLine.RunAsync(["audit", "verify", .. CommandLine.Sqlite(data)]);
            Assert.True(exit == 0, output);
        }
        finally
        {
            if (!app.HasExited) app.Kill(entireProcessTree: true);
        }
    }

    static async Task<Browser> SignedInAsync(Uri baseAddress)
    {
        var browser = new Browser(new HttpClient(new CookieJar()) { BaseAddress = baseAddress });
        for (var attempt = 0; ; attempt++)
            try
            {
                var response = await browser.PostFormAsync("/Accounts/Login", new() { ["Input.Email"] = DemoSeed.Email.Mentor, ["Input.Password"] = DemoSeed.Password });
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                return browser;
            }
            catch (HttpRequestException) when (attempt < 600)
            {
                await Task.Delay(100); // the app is still starting
            }
    }

    /// <summary>Keeps the app's cookies as a browser on loopback does (they are Secure, which HttpClient's own cookie
    /// container sends over https only).</summary>
    sealed class CookieJar() : DelegatingHandler(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        readonly ConcurrentDictionary<string, string> cookies = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (!cookies.IsEmpty) request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
            var response = await base.SendAsync(request, ct);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
                foreach (var pair in set.Select(c => c.Split(';')[0].Split('=', 2))) cookies[pair[0]] = pair[1];
            return response;
        }
    }

    static Dictionary<string, string> ContactNote(string note) => new()
    {
        ["Input.SubmissionId"] = Guid.NewGuid().ToString(), ["Input.With"] = "youth", ["Input.Reached"] = "True",
        ["Input.Channel"] = "Phone", ["Input.Direction"] = "Outbound", ["Input.Reason"] = "Update", ["Input.Note"] = note,
        ["Input.When"] = TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow().AddMinutes(-5), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"))
            .ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
    };

    static object? Query(string data, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "samenspel.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
