using System.Threading.Channels;

namespace Samenspel.Web.Audit;

/// <summary>
/// Group commit for the rows of reads and refusals. Requests hand their events to this one writer per process; it
/// takes whatever has queued while the previous batch was committing, writes it in one transaction (so each
/// organisation's chain is extended once per batch, see <see cref="AuditChain.LinkAsync"/>) and only then completes
/// every request of that batch. A request answers after its rows are committed, so an acknowledged view is logged
/// durably and a crash loses only views that were never answered. Writes of care data do not come here: their rows
/// stay in the change's own transaction (<see cref="SamenspelDb.SaveChangesAsync(bool, CancellationToken)"/>).
/// </summary>
public sealed class AuditWriter : IAsyncDisposable
{
    sealed record Entry(IReadOnlyList<AuditEvent> Events, TaskCompletionSource Committed);

    readonly Channel<Entry> queue = Channel.CreateUnbounded<Entry>(new() { SingleReader = true });
    readonly IServiceScopeFactory scopes;
    readonly Task loop;

    public AuditWriter(IServiceScopeFactory scopes)
    {
        this.scopes = scopes;
        loop = Task.Run(RunAsync);
    }

    /// <summary>Completes when the events are committed; throws when their batch could not be written.</summary>
    public Task WriteAsync(IReadOnlyList<AuditEvent> events, CancellationToken ct)
    {
        if (events.Count == 0) return Task.CompletedTask;
        var entry = new Entry(events, new(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(entry)) throw new InvalidOperationException("The audit writer has stopped.");
        return entry.Committed.Task.WaitAsync(ct);
    }

    async Task RunAsync()
    {
        while (await queue.Reader.WaitToReadAsync())
        {
            var batch = new List<Entry>();
            while (batch.Count < 1000 && queue.Reader.TryRead(out var entry)) batch.Add(entry);
            try
            {
                await CommitAsync(batch.SelectMany(e => e.Events));
                foreach (var e in batch) e.Committed.SetResult();
            }
            catch when (batch.Count > 1)
            {
                // One request's rows spoiled the batch: write each alone, so only that request fails.
                foreach (var e in batch)
                    try { await CommitAsync(e.Events); e.Committed.SetResult(); }
                    catch (Exception ex) { e.Committed.SetException(ex); }
            }
            catch (Exception ex) { batch[0].Committed.SetException(ex); }
        }
    }

    async Task CommitAsync(IEnumerable<AuditEvent> events)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenspelDb>();
        db.AuditEvents.AddRange(events);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop;
    }
}
