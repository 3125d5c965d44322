namespace Samenspel.Web.Instruments;

public sealed record ImportResult(Guid? FormId, IReadOnlyList<ImportError> Errors, bool AlreadyImported = false);

/// <summary>
/// Imports one FHIR Questionnaire as one respondent form of an instrument version: the one import behind the
/// administrator page, <c>POST /fhir/Questionnaire</c>, the <c>instrument import</c> verb and the shipped instruments.
/// All or nothing: everything is written, with its audit event, in one SaveChanges (one transaction), and only after
/// every check has passed.
/// </summary>
public static class InstrumentImport
{
    /// <param name="organisationId">The organisation that loads the instrument, or null for the whole installation.</param>
    /// <param name="audit">False only for the shipped instruments, which the release loads, not a person.</param>
    public static async Task<ImportResult> ImportAsync(SamenspelDb db, string json, Guid? organisationId, CancellationToken ct = default, bool audit = true)
    {
        var (read, errors) = QuestionnaireReader.Read(json);
        if (read is null) return new(null, errors);

        var instrument = await db.Instruments.SingleOrDefaultAsync(i => i.OrganisationId == organisationId && i.Key == read.Key, ct);
        var version = instrument is null ? null : await db.InstrumentVersions.Include(v => v.Scales)
            .SingleOrDefaultAsync(v => v.InstrumentId == instrument.Id && v.Version == read.Version, ct);
        if (version is not null && await db.QuestionnaireForms.AnyAsync(f => f.InstrumentVersionId == version.Id && f.Respondent == read.Respondent, ct))
            return AlreadyImported(read);

        var now = db.Clock.GetUtcNow();
        var user = db.AuditScope.UserId;
        if (instrument is null)
        {
            instrument = new Instrument
            {
                OrganisationId = organisationId, Key = read.Key, Title = read.InstrumentTitle,
                Licence = read.Licence, Source = read.Source, Validated = read.Validated,
            };
            db.Instruments.Add(instrument);
        }
        if (version is null)
        {
            version = new InstrumentVersion { InstrumentId = instrument.Id, Version = read.Version, ImportedAt = now, ImportedBy = user };
            db.InstrumentVersions.Add(version);
        }
        foreach (var (code, name) in read.Scales.Where(s => version.Scales.All(x => x.Code != s.Code)))
            version.Scales.Add(new InstrumentScale { InstrumentVersionId = version.Id, Code = code, Name = name });
        var form = new QuestionnaireForm
        {
            InstrumentVersionId = version.Id, Respondent = read.Respondent, Url = read.Url, Title = read.FormTitle,
            Json = json, ImportedAt = now, ImportedBy = user,
        };
        foreach (var item in read.Items) form.Items.Add(item);
        db.QuestionnaireForms.Add(form);
        if (audit)
            db.Audit("instrument", AuditAction.Create, AuditOutcome.Success, organisationId: organisationId ?? Guid.Empty,
                objectType: nameof(QuestionnaireForm), objectId: form.Id.ToString());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another import of the same form won the race; the unique indexes keep the first.
            db.ChangeTracker.Clear();
            return AlreadyImported(read);
        }
        return new(form.Id, []);
    }

    static ImportResult AlreadyImported(ReadQuestionnaire read) => new(null,
    [
        new(null, $"Version '{read.Version}' of this Questionnaire for respondent '{read.Respondent.ToString().ToLowerInvariant()}' has already been imported; give the new file another version.",
            $"Deze vragenlijst is al toegevoegd (versie '{read.Version}'). Geef het nieuwe bestand een ander versienummer."),
    ], AlreadyImported: true);

    /// <summary>The shipped instruments (Shipped/*.json, embedded in the assembly): imported once for the whole
    /// installation, at every start, so that a new version of a file arrives with a new release.</summary>
    public static async Task ImportShippedAsync(SamenspelDb db, CancellationToken ct = default)
    {
        var assembly = typeof(InstrumentImport).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Instruments.Shipped.", StringComparison.Ordinal)).Order())
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var result = await ImportAsync(db, await reader.ReadToEndAsync(ct), organisationId: null, ct, audit: false);
            if (result.FormId is null && !result.AlreadyImported)
                throw new InvalidOperationException($"Shipped instrument {name} is invalid: {string.Join("; ", result.Errors.Select(e => e.English))}");
        }
    }
}
