using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Correlator.Storage.Sqlite;

/// <summary>
/// The single writer loop: takes everything queued (up to the batch limit), writes it in one transaction, then
/// completes every waiter, so concurrent callers share one fsync.
/// </summary>
internal sealed class GroupCommit : IAsyncDisposable
{
    /// <summary>Commits slower than this are logged at Debug: a post waits for one or two of them.</summary>
    public static readonly TimeSpan SlowCommit = TimeSpan.FromMilliseconds(5);

    private readonly Channel<PendingWrite> queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteWriter writer;
    private readonly int maxBatch;
    private readonly ILogger logger;
    private readonly TimeProvider time;
    private readonly Task loop;
    private long transactions;

    public GroupCommit(SqliteWriter writer, int maxBatch, TimeProvider time, ILogger logger)
    {
        this.writer = writer;
        this.maxBatch = maxBatch;
        this.time = time;
        this.logger = logger;
        loop = Task.Run(RunAsync);
    }

    /// <summary>Raised after each commit, once per log it made grow.</summary>
    public event Action<LogStream>? Committed;

    /// <summary>Raised after each commit that stored reports, before anyone is answered; see <see cref="IAppendedReports"/>.</summary>
    public event Action<IReadOnlyList<StoredReport>>? ReportsAppended;

    /// <summary>Raised after each commit that stored events, before anyone is answered; see <see cref="IAppendedEvents"/>.</summary>
    public event Action<IReadOnlyList<StoredEvent>>? EventsAppended;

    /// <summary>Transactions committed so far; fewer than appends when callers were grouped.</summary>
    public long Transactions => Interlocked.Read(ref transactions);

    public Task<TResult> Enqueue<TResult>(PendingWrite<TResult> write)
    {
        write.CancellationToken.ThrowIfCancellationRequested();
        if (!queue.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(SqliteStore), "The store is closed to writes.");
        }

        return write.Task;
    }

    /// <summary>Stops taking writes, commits everything already queued, then closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop.ConfigureAwait(false);
        writer.Dispose();
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingWrite>();
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            var rows = 0;
            while (rows < maxBatch && queue.Reader.TryRead(out var write))
            {
                if (write.CancellationToken.IsCancellationRequested)
                {
                    write.Cancel();
                    continue;
                }

                batch.Add(write);
                rows += write.Rows;
            }

            if (batch.Count > 0)
            {
                var started = time.GetTimestamp();
                Commit(batch);
                if (logger.IsEnabled(LogLevel.Debug) && time.GetElapsedTime(started) is var took && took >= SlowCommit)
                {
                    logger.LogDebug("Slow group commit of {Writes} writes, {Rows} rows: {CommitMs:F1} ms", batch.Count, rows, took.TotalMilliseconds);
                }
                batch.Clear();
            }
        }
    }

    private void Commit(IReadOnlyList<PendingWrite> batch)
    {
        try
        {
            writer.Transact(() =>
            {
                foreach (var write in batch)
                {
                    write.Apply(writer);
                }
            });
        }
        catch (Exception exception) when (batch.Count > 1)
        {
            // One bad write must not fail the callers it happened to be grouped with.
            logger.LogWarning(exception, "A group commit of {Writes} writes failed; committing them one by one", batch.Count);
            foreach (var write in batch)
            {
                Commit([write]);
            }

            return;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "A write of {Rows} rows failed", batch[0].Rows);
            batch[0].Fail(exception);
            return;
        }

        Interlocked.Increment(ref transactions);
        // Writes were applied in batch order, so their entries are in sequence order.
        HandOver.Raise(ReportsAppended, batch.OfType<PendingReports>().SelectMany(w => w.Appended).ToList(), logger);
        HandOver.Raise(EventsAppended, batch.OfType<PendingEvents>().SelectMany(w => w.Appended).ToList(), logger);
        foreach (var write in batch)
        {
            write.Complete();
        }
        foreach (var stream in batch.Select(w => w.Stream).OfType<LogStream>().Distinct())
        {
            Committed?.Invoke(stream);
        }
    }
}
