namespace Samenspel.Web.Features.Journal;

/// <summary>The journal in a youth's file (<c>Youths/Details</c>, drawn by <c>_YouthJournal.cshtml</c>): the pages the
/// viewer's read decision shows, newest first, and whether the viewer may shield a page from the carers.</summary>
public sealed record JournalSection(Guid YouthId, List<JournalSection.Row> Entries, bool CanShield)
{
    public sealed record Row(Guid Id, DateOnly RecordedOn, string Text, bool Shielded);

    public static async Task<JournalSection> LoadAsync(SamenspelDb db, Guid youthId, AccessDecision decision, bool canShield, CancellationToken ct)
    {
        var entries = await db.JournalEntries.AsNoTracking().Where(j => j.YouthId == youthId).OrderByDescending(j => j.WrittenAt)
            .Select(j => new Row(j.Id, j.RecordedOn, j.Text, j.ShieldedFromCarers)).ToListAsync(ct);
        return new(youthId, entries.Where(j => decision.Shows(j.RecordedOn, j.Shielded)).ToList(), canShield);
    }
}
