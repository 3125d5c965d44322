using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Samenspel.Web.Tests.Infrastructure;

/// <summary>A real SMTP server on loopback: Debian's aiosmtpd, writing every message it accepts into a Maildir.</summary>
public sealed class SmtpServer : IDisposable
{
    readonly Process process;
    public int Port { get; }
    public string Maildir { get; } = Directory.CreateTempSubdirectory("samenspel-mail-").FullName;

    public SmtpServer()
    {
        Port = FreePort();
        Directory.Delete(Maildir);
        process = Process.Start(new ProcessStartInfo("/usr/bin/python3",
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir])
        { RedirectStandardError = true, RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("Could not start aiosmtpd (apt-get install python3-aiosmtpd).");
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                break;
            }
            catch (SocketException) when (waited.Elapsed < TimeSpan.FromSeconds(20) && !process.HasExited)
            {
                Task.Delay(100).Wait();
            }
        }
    }

    /// <summary>The messages received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(Maildir, "new");
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder).Select(f => (File: f, Time: File.GetLastWriteTimeUtc(f)))
            .OrderBy(f => f.Time).ThenBy(f => f.File)
            .Select(f => MimeMessage.Load(f.File)).ToList();
    }

    static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    bool disposed;

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
