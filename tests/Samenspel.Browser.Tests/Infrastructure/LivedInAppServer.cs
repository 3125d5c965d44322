namespace Samenspel.Browser.Tests.Infrastructure;

/// <summary>The app as <c>dotnet run -- --demo</c> gives it to a newcomer: the demo organisation with half a year of
/// plans, measurements, messages and the rest seeded on top (the demo story). The background loop is off so that
/// what the journeys find does not change under them.</summary>
public sealed class LivedInAppServer : AppServer
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Samenspel:DemoStory"] = "true",
        ["Samenspel:Scheduler:Enabled"] = "false",
    };
}
