using Samenspel.Domain.Access;
using Samenspel.Domain.Register;
using Samenspel.Web.Data;

namespace Samenspel.Web.Tests.Infrastructure;

/// <summary>A youth of the test's own with a sign-in account and two parents with authority, each with their own.</summary>
public sealed record Family(Guid YouthId, string YouthEmail, BuiltCarer Mother, BuiltCarer Father);

/// <summary>Fresh copies of the demo organisation's legal cases (see <see cref="DemoSeed"/>), with
/// the same names and journal pages, built with <see cref="YouthBuilder"/> for each test that asserts on them.</summary>
public static class Families
{
    /// <summary>Noor Peters (14), in care for five months: separated parents Ingrid (authority since Noor's birth) and
    /// Mark Peters (authority since a month ago), and three journal pages, the newest shielded from carers.</summary>
    public static async Task<Family> NoorAsync(this SamenspelFactory factory)
    {
        var today = factory.Clock.DutchToday();
        var id = await new YouthBuilder(factory).Named("Noor", "Peters").Aged(14).InCareSince(today.AddMonths(-5)).WithAccount(out var email)
            .WithCarer("Ingrid Peters", out var mother).WithCarer("Mark Peters", out var father, authoritySince: today.AddMonths(-1))
            .WithJournalEntry(60, "Ik vond school moeilijk deze week, maar ik ben wel elke dag gegaan.")
            .WithJournalEntry(10, "We hebben een stappenplan gemaakt voor mijn huiswerk.")
            .WithJournalEntry(3, "Ik wil niet dat mijn ouders dit lezen: ik had ruzie op school.", "Op verzoek van Noor; besproken met de gedragswetenschapper.")
            .BuildAsync();
        return new(id, email, mother, father);
    }

    /// <summary>Daan de Groot (17), in care for eight months: parents Anja and Kees de Groot with authority, a counsellor
    /// on the care team, and two journal pages that Daan shields from his father.</summary>
    public static async Task<Family> DaanAsync(this SamenspelFactory factory)
    {
        var id = await new YouthBuilder(factory).Named("Daan", "de Groot").Aged(17).InCareSince(factory.Clock.DutchToday().AddMonths(-8)).WithAccount(out var email)
            .WithTeamMember(DemoSeed.Email.Counsellor, StaffRole.Counsellor)
            .WithCarer("Anja de Groot", out var mother).WithCarer("Kees de Groot", out var father).Shielding(DataCategory.Journal, father)
            .WithJournalEntry(20, "Deze week heb ik met de groep gekookt. Ik maakte pasta voor iedereen.")
            .WithJournalEntry(6, "Ik heb gesolliciteerd bij de supermarkt. Spannend!")
            .BuildAsync();
        return new(id, email, mother, father);
    }
}
