using System.Diagnostics;
using System.Globalization;

namespace Samenspel.Bench;

/// <summary>Debian's <c>wrk</c> as the load driver: one thread, C connections in a closed loop (each connection sends its
/// next request when the previous answer is in) for S seconds. A Lua <c>done()</c> prints the exact figures on one line,
/// so nothing is parsed from wrk's rounded summary.</summary>
static class Wrk
{
    /// <summary>Errors: HTTP statuses above 399 (wrk's count), or for the form post every answer that is not a 302 to
    /// <c>/Alliance/Thanks</c>; socket errors (connect, read, write, timeout) apart. <see cref="Sent"/> counts the requests
    /// the post script built, in flight at the end included.</summary>
    public sealed record Result(long Requests, double Seconds, double P50Ms, double P99Ms, long Errors, long SocketErrors, long Sent)
    {
        public double PerSecond => Requests / Seconds;
        /// <summary>Latencies are only known when a request completed.</summary>
        public bool Any => Requests > 0;
    }

    const string Done = """
        local threads = {}
        function setup(thread) table.insert(threads, thread) end
        function done(summary, latency, requests)
          local failed, sent, checked = 0, 0, false
          for _, t in ipairs(threads) do
            if t:get("failed") ~= nil then checked = true; failed = failed + t:get("failed"); sent = sent + t:get("sent") end
          end
          local e = summary.errors
          io.write(string.format("RESULT %.0f %.0f %.0f %.0f %.0f %.0f %.0f\n", summary.requests, summary.duration,
            latency:percentile(50), latency:percentile(99), checked and failed or e.status, e.connect + e.read + e.write + e.timeout, sent))
        end
        """;

    /// <summary>Each line of the file given as the script's argument is "path body": one form post per line, in order.
    /// When the lines run out the last is sent again, which the app refuses (counted as errors).</summary>
    const string Post = """
        function init(args)
          posts, sent, failed = {}, 0, 0
          for line in io.lines(args[1]) do
            local path, body = line:match("^(%S+) (.*)$")
            posts[#posts + 1] = wrk.format("POST", path, nil, body)
          end
        end
        function request()
          sent = sent + 1
          return posts[math.min(sent, #posts)]
        end
        function response(status, headers, body)
          if status ~= 302 or not (headers["Location"] or ""):find("/Alliance/Thanks", 1, true) then failed = failed + 1 end
        end
        """;

    static readonly Lazy<string> GetScript = new(() => Write("get.lua", Done));
    static readonly Lazy<string> PostScript = new(() => Write("post.lua", Post + "\n" + Done));

    static string Write(string name, string lua)
    {
        var path = Path.Combine(Path.GetTempPath(), $"samenspel-bench-{Environment.ProcessId}-{name}");
        File.WriteAllText(path, lua);
        return path;
    }

    /// <summary>GETs <paramref name="url"/>, or with <paramref name="postsFile"/> sends its form posts to the url's host.</summary>
    public static async Task<Result> RunAsync(Uri url, string? cookie, int connections, int seconds, string? postsFile = null)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-t1", $"-c{connections}", $"-d{seconds}s", "--timeout", "60s", "--latency", "-s", postsFile is null ? GetScript.Value : PostScript.Value })
            start.ArgumentList.Add(arg);
        if (cookie is not null) { start.ArgumentList.Add("-H"); start.ArgumentList.Add($"Cookie: {cookie}"); }
        if (postsFile is not null) { start.ArgumentList.Add("-H"); start.ArgumentList.Add("Content-Type: application/x-www-form-urlencoded"); }
        start.ArgumentList.Add(url.ToString());
        if (postsFile is not null) { start.ArgumentList.Add("--"); start.ArgumentList.Add(postsFile); }

        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
        var output = wrk.StandardOutput.ReadToEndAsync();
        var errors = wrk.StandardError.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var line = (await output).Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk ended with {wrk.ExitCode} without a result: {await output}{await errors}");
        var n = line.Split(' ')[1..].Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return new Result((long)n[0], n[1] / 1e6, n[2] / 1e3, n[3] / 1e3, (long)n[4], (long)n[5], (long)n[6]);
    }
}
