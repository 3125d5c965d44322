using Microsoft.Playwright;

namespace Samenspel.Browser.Tests.Infrastructure;

/// <summary>
/// One headless Debian Chromium per test collection, driven by Playwright's own driver (the node binary ships
/// in the NuGet package; no browser download). Without /usr/bin/chromium the tests skip, except under
/// SAMENSPEL_TEST_STRICT=1 (./test.sh), where they fail.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool Strict => Environment.GetEnvironmentVariable("SAMENSPEL_TEST_STRICT") == "1";
    public static bool Installed => File.Exists(ExecutablePath);

    /// <summary>Why the browser tests skip, or null when they run (always null in strict mode).</summary>
    public static string? SkipReason => Installed || Strict
        ? null
        : $"{ExecutablePath} is missing (apt-get install chromium); ./test.sh installs it and makes this a failure.";

    /// <summary>Generous, because the test machine is often busy: a slow page is not a failure here.</summary>
    const float Timeout = 60_000;

    IPlaywright? playwright;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (SkipReason is not null) return;
        if (!Installed)
            throw new InvalidOperationException($"{ExecutablePath} is missing and SAMENSPEL_TEST_STRICT=1: browser tests must run. Install it with apt-get install chromium.");
        Assertions.SetDefaultExpectTimeout(Timeout);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh page in its own context (own cookies) at the given viewport size.</summary>
    public async Task<IPage> NewPageAsync(Viewport viewport)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = viewport.Width, Height = viewport.Height },
            Locale = "nl-NL",
        });
        context.SetDefaultTimeout(Timeout);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
    }
}

/// <summary>A phone (360×740) and a laptop (1280×800).</summary>
public sealed record Viewport(int Width, int Height)
{
    public static readonly Viewport Phone = new(360, 740);
    public static readonly Viewport Laptop = new(1280, 800);
    public static readonly int[] Widths = [Phone.Width, Laptop.Width];

    public static Viewport ForWidth(int width) => width == Phone.Width ? Phone : Laptop;

    public override string ToString() => $"{Width}x{Height}";
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Chromium>
{
    public const string Name = "browser";
}

/// <summary>A test that needs Chromium: skipped when it is missing, unless SAMENSPEL_TEST_STRICT=1.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() { if (Chromium.SkipReason is { } reason) Skip = reason; }
}

/// <inheritdoc cref="BrowserFactAttribute"/>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() { if (Chromium.SkipReason is { } reason) Skip = reason; }
}
