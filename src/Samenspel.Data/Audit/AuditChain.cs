using Samenspel.Web.Data;

namespace Samenspel.Web.Audit;

/// <summary>Links new events into their organisation's hash chain and verifies a chain afterwards.</summary>
public static class AuditChain
{
    sealed class Head
    {
        public long LastSequence { get; init; }
        public string LastHash { get; init; } = "";
    }

    /// <summary>Reserves sequence numbers by updating the chain head first: that row lock (PostgreSQL) or write
    /// lock (SQLite) serialises appenders of one organisation until the surrounding transaction commits.</summary>
    public static async Task LinkAsync(SamenspelDb db, Guid organisationId, IReadOnlyList<AuditEvent> events, CancellationToken ct)
    {
        var count = (long)events.Count;
        var head = (await db.Database.SqlQuery<Head>(
            $"""UPDATE "AuditChainHeads" SET "LastSequence" = "LastSequence" + {count} WHERE "OrganisationId" = {organisationId} RETURNING "LastSequence", "LastHash" """)
            .ToListAsync(ct)).SingleOrDefault();
        if (head is null)
        {
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "AuditChainHeads" ("OrganisationId", "LastSequence", "LastHash") VALUES ({organisationId}, 0, '') ON CONFLICT DO NOTHING""", ct);
            head = (await db.Database.SqlQuery<Head>(
                $"""UPDATE "AuditChainHeads" SET "LastSequence" = "LastSequence" + {count} WHERE "OrganisationId" = {organisationId} RETURNING "LastSequence", "LastHash" """)
                .ToListAsync(ct)).Single();
        }

        var key = db.AuditKey;
        var sequence = head.LastSequence - count;
        var previous = head.LastHash;
        foreach (var e in events)
        {
            e.Sequence = ++sequence;
            e.PreviousHash = previous;
            e.Hash = e.ComputeHash(key);
            previous = e.Hash;
        }
        var seal = AuditChainHead.SealOf(key, organisationId, head.LastSequence, previous);
        await db.Database.ExecuteSqlAsync(
            $"""UPDATE "AuditChainHeads" SET "LastHash" = {previous}, "Seal" = {seal} WHERE "OrganisationId" = {organisationId}""", ct);
    }

    public sealed record Problem(Guid OrganisationId, long Sequence, long? EventId, string What);

    /// <summary>Walks every chain in order and names the first event that was altered, removed or inserted. Every
    /// link and the head's seal are keyed, so a chain rewritten and re-hashed without the key, or cut off with its
    /// head moved back, fails too.</summary>
    public static async Task<List<Problem>> VerifyAsync(SamenspelDb db, CancellationToken ct)
    {
        var key = db.AuditKey;
        var problems = new List<Problem>();
        var heads = await db.AuditChainHeads.AsNoTracking().ToListAsync(ct);
        var headless = await db.AuditEvents.Select(e => e.OrganisationId).Distinct()
            .Where(o => !db.AuditChainHeads.Any(h => h.OrganisationId == o)).ToListAsync(ct);
        problems.AddRange(headless.Select(o => new Problem(o, 0, null, "has events but no chain head: the head was removed")));
        foreach (var head in heads)
        {
            if (head.Seal != AuditChainHead.SealOf(key, head.OrganisationId, head.LastSequence, head.LastHash))
            {
                problems.Add(new(head.OrganisationId, head.LastSequence, null,
                    "is where the chain head says the chain ends, but the head's seal does not match: the head was moved (events at the end removed?) or the audit key is not the one the chain was written with"));
                continue;
            }
            long expected = 1;
            var previous = "";
            var broken = false;
            await foreach (var e in db.AuditEvents.AsNoTracking().Where(e => e.OrganisationId == head.OrganisationId)
                               .OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
            {
                if (e.Sequence != expected)
                {
                    problems.Add(new(head.OrganisationId, expected, null, e.Sequence > expected
                        ? $"event {expected} is missing (next present is {e.Sequence}, id {e.Id})"
                        : $"event {e.Sequence} appears twice (id {e.Id})"));
                    broken = true;
                    break;
                }
                if (e.PreviousHash != previous)
                {
                    problems.Add(new(head.OrganisationId, e.Sequence, e.Id, "does not link to the event before it"));
                    broken = true;
                    break;
                }
                if (e.ComputeHash(key) != e.Hash)
                {
                    problems.Add(new(head.OrganisationId, e.Sequence, e.Id, "was altered after it was written (or written with another audit key)"));
                    broken = true;
                    break;
                }
                previous = e.Hash;
                expected++;
            }
            if (!broken && (expected - 1 != head.LastSequence || previous != head.LastHash))
                problems.Add(new(head.OrganisationId, expected, null,
                    $"the chain ends at event {expected - 1} but its head says {head.LastSequence}: events at the end were removed"));
        }
        return problems;
    }
}
