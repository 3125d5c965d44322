using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Samenspel.Web.Features.Shared;

namespace Samenspel.Web.Tests.Localization;

/// <summary>Counts in the UI read right in both languages: one form for exactly one, the other for 0, 2 and more.</summary>
public sealed class PluralTests
{
    static readonly IStringLocalizer T = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    [Theory]
    [InlineData("nl-NL", 0, "0 berichten")]
    [InlineData("nl-NL", 1, "1 bericht")]
    [InlineData("nl-NL", 2, "2 berichten")]
    [InlineData("en-GB", 0, "0 messages")]
    [InlineData("en-GB", 1, "1 message")]
    [InlineData("en-GB", 2, "2 messages")]
    public void Messages(string culture, int count, string expected) =>
        Assert.Equal(expected, In(culture, () => T.Plural(count, "1 bericht", "{0} berichten")));

    [Theory]
    [InlineData("nl-NL", 0, "0 mensen om te bellen")]
    [InlineData("nl-NL", 1, "1 persoon om te bellen")]
    [InlineData("nl-NL", 2, "2 mensen om te bellen")]
    [InlineData("en-GB", 0, "0 people to phone")]
    [InlineData("en-GB", 1, "1 person to phone")]
    [InlineData("en-GB", 2, "2 people to phone")]
    public void People_to_call(string culture, int count, string expected) =>
        Assert.Equal(expected, In(culture, () => T.Plural(count, "1 persoon om te bellen", "{0} mensen om te bellen")));

    [Theory]
    [InlineData("nl-NL", 0, "Het team begeleidt 0 jongeren met 0 mentoren.")]
    [InlineData("nl-NL", 1, "Het team begeleidt 1 jongere met 1 mentor.")]
    [InlineData("nl-NL", 2, "Het team begeleidt 2 jongeren met 2 mentoren.")]
    [InlineData("en-GB", 0, "The team supports 0 young people with 0 mentors.")]
    [InlineData("en-GB", 1, "The team supports 1 young person with 1 mentor.")]
    [InlineData("en-GB", 2, "The team supports 2 young people with 2 mentors.")]
    public void Counts_inside_a_sentence(string culture, int count, string expected) =>
        Assert.Equal(expected, In(culture, () => T["Het team begeleidt {0} met {1}.",
            T.Plural(count, "1 jongere", "{0} jongeren"), T.Plural(count, "1 mentor", "{0} mentoren")].Value));

    static string In(string culture, Func<string> render)
    {
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
            return render();
        }
        finally { (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formatting); }
    }
}
