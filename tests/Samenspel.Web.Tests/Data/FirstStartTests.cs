using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Samenspel.Web.Tests.Data;

/// <summary>The first start on an empty data directory, as someone who just cloned the repository sees it.</summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task First_start_on_an_empty_data_directory_logs_no_failure()
    {
        var data = Directory.CreateTempSubdirectory("samenspel-first-").FullName;
        var url = $"http://127.0.0.1:{FreePort()}";
        var (root, configuration) = BuiltApp();
        var dll = Path.Combine(root, "src", "Samenspel.Web", "bin", configuration, "net10.0", "Samenspel.Web.dll");
        Assert.True(File.Exists(dll), $"Build the app first: {dll} is missing.");

        var start = new ProcessStartInfo("dotnet")
        {
            // The project folder, as `dotnet run` uses it: the content root with appsettings.json and wwwroot.
            WorkingDirectory = Path.Combine(root, "src", "Samenspel.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { dll, "--data", data, "--urls", url }) start.ArgumentList.Add(arg);
        foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS" }) start.Environment.Remove(name);

        var output = new StringBuilder();
        using var app = new Process { StartInfo = start };
        app.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        app.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        app.Start();
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            // Generous: the machine may be busy with other test classes; a start takes a few seconds when idle.
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var healthy = false;
            var waited = Stopwatch.StartNew();
            while (!healthy && !app.HasExited && waited.Elapsed < TimeSpan.FromMinutes(3))
            {
                try { healthy = (await http.GetAsync($"{url}/health")).StatusCode == HttpStatusCode.OK; }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
                if (!healthy) await Task.Delay(250);
            }
            Assert.True(healthy, $"The app did not answer /health:\n{Text()}");
            // The welcome lines come after "Application started"; wait for them so the whole start is read.
            for (var i = 0; i < 40 && !Text().Contains("Samenspel draait op"); i++) await Task.Delay(250);
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }

        var log = Text();
        Assert.Contains($"Samenspel draait op {url}", log);
        var lines = log.Split('\n');
        Assert.DoesNotContain(lines, l => l.StartsWith("fail:", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", log);
        Assert.True(File.Exists(Path.Combine(data, "samenspel.db")));

        string Text() { lock (output) return output.ToString(); }
    }

    [Fact]
    public async Task Public_url_follows_urls_unless_it_is_set()
    {
        var data = Directory.CreateTempSubdirectory("samenspel-url-").FullName;
        Assert.Equal("http://127.0.0.1:6123", await PublicUrlAsync("--data", data, "--urls", "http://127.0.0.1:6123/;http://127.0.0.1:6124"));
        Assert.Equal("http://localhost:6125", await PublicUrlAsync("--data", data, "--urls", "http://*:6125"));
        Assert.Equal("https://samenspel.example.nl",
            await PublicUrlAsync("--data", data, "--urls", "http://127.0.0.1:6123", "--Samenspel:PublicUrl", "https://samenspel.example.nl/"));
        Assert.Equal("http://localhost:5080", await PublicUrlAsync("--data", data));
    }

    static async Task<string> PublicUrlAsync(params string[] args)
    {
        await using var app = SamenspelApp.Build(args, web: false);
        return app.Services.GetRequiredService<SamenspelSettings>().PublicUrl;
    }

    static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The repository root and the configuration (Release, Debug) this test assembly was built in.</summary>
    static (string Root, string Configuration) BuiltApp()
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)); // .../bin/Release/net10.0
        for (var dir = bin; dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Samenspel.sln"))) return (dir.FullName, bin.Parent!.Name);
        throw new InvalidOperationException($"No Samenspel.sln above {AppContext.BaseDirectory}.");
    }
}
