using Samenspel.Web.Features.Accounts;

namespace Samenspel.Web.Cli;

/// <summary>The command-line verbs: <c>dotnet run --project src/Samenspel.Web -- VERB [options]</c>.</summary>
public static class Verbs
{
    /// <param name="Words">The leading words one by one, so that an argument such as a file path keeps its spaces.</param>
    public sealed record Verb(string Name, IReadOnlyDictionary<string, string> Options, IReadOnlyList<string> Words);

    const string Usage = """
        Gebruik: dotnet run --project src/Samenspel.Web -- VERB [--data MAP]
          migrate                                   database bijwerken
          demo logins                               demo-logins tonen (e-mail, rol, omschrijving)
          token create --user EMAIL [--name NAAM]   API-token maken (laatste regel)
          audit verify                              de audit-keten controleren
          seed-synthetic --youths N                 grote synthetische organisatie voor metingen
          instrument import BESTAND                 vragenlijst (FHIR Questionnaire, JSON) toevoegen voor de hele installatie
        """;

    /// <summary>Leading words form the verb; everything from the first option on goes to the host configuration.</summary>
    public static (Verb? Verb, string[] HostArgs) Split(string[] args)
    {
        var words = args.TakeWhile(a => !a.StartsWith('-')).ToArray();
        var rest = args.Skip(words.Length).ToArray();
        if (words.Length == 0) return (null, rest);
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rest.Length; i++)
            if (rest[i].StartsWith("--"))
                options[rest[i][2..]] = i + 1 < rest.Length && !rest[i + 1].StartsWith("--") ? rest[++i] : "true";
        return (new Verb(string.Join(' ', words), options, words), rest);
    }

    /// <param name="errors">Where failures go (standard error); defaults to <paramref name="output"/>.</param>
    public static async Task<int> RunAsync(WebApplication app, Verb verb, TextWriter output, TextWriter? errors = null)
    {
        errors ??= output;
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var auditScope = services.GetRequiredService<AuditScope>();
        auditScope.Client = "cli";
        switch (verb.Name)
        {
            case "migrate":
                await DatabaseStartup.PrepareAsync(app.Services, seedDemo: false);
                output.WriteLine("De database is bijgewerkt.");
                return 0;

            case "demo logins":
                foreach (var login in DemoSeed.Logins)
                    output.WriteLine($"{login.Email}\t{login.DutchRole}\t{login.Description}");
                return 0;

            case "token create":
                if (!verb.Options.TryGetValue("user", out var email))
                    return Fail(output, "Geef een gebruiker op met --user EMAIL.");
                var db = services.GetRequiredService<SamenspelDb>();
                var normalized = email.ToUpperInvariant();
                var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized);
                if (user is null) return Fail(output, $"Er is geen gebruiker met e-mailadres {email}.");
                auditScope.UserId = user.Id;
                auditScope.OrganisationId = user.OrganisationId;
                var token = await AccessTokens.CreateAsync(db, user, verb.Options.GetValueOrDefault("name") ?? "cli");
                output.WriteLine($"Token voor {email} (bewaar het goed, het wordt niet opnieuw getoond):");
                output.WriteLine(token);
                return 0;

            case "audit verify":
                var problems = await AuditChain.VerifyAsync(services.GetRequiredService<SamenspelDb>(), CancellationToken.None);
                if (problems.Count == 0)
                {
                    output.WriteLine("De audit-keten is heel: geen gebeurtenis is gewijzigd of verwijderd.");
                    return 0;
                }
                foreach (var p in problems)
                    output.WriteLine($"FOUT organisatie {p.OrganisationId}: gebeurtenis {p.Sequence}{(p.EventId is { } id ? $" (id {id})" : "")} {p.What}");
                return 1;

            case "seed-synthetic":
                if (!verb.Options.TryGetValue("youths", out var n) || !int.TryParse(n, out var youths) || youths < 1)
                    return Fail(output, "Geef het aantal jongeren op met --youths N (een getal groter dan 0).");
                await DatabaseStartup.PrepareAsync(app.Services, seedDemo: false);
                var summary = await ActivatorUtilities.CreateInstance<SyntheticSeed>(services).RunAsync(youths);
                output.WriteLine(summary);
                return 0;

            case var _ when verb.Words is ["instrument", "import", var file]:
                if (!File.Exists(file)) return Fail(errors, $"Het bestand {file} bestaat niet.");
                await DatabaseStartup.PrepareAsync(app.Services, seedDemo: false);
                var imported = await Instruments.InstrumentImport.ImportAsync(services.GetRequiredService<SamenspelDb>(),
                    await File.ReadAllTextAsync(file), organisationId: null);
                if (imported.FormId is { } formId)
                {
                    output.WriteLine($"De vragenlijst is toegevoegd: Questionnaire/{formId:D}");
                    return 0;
                }
                errors.WriteLine($"De vragenlijst in {file} is niet toegevoegd:");
                foreach (var e in imported.Errors) errors.WriteLine($"- {e.Dutch}");
                return 1;

            default:
                return Fail(output, $"Onbekende opdracht '{verb.Name}'.\n{Usage}");
        }
    }

    static int Fail(TextWriter output, string message)
    {
        output.WriteLine(message);
        return 2;
    }
}
