using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Correlator.Domain.Reports;
using Microsoft.Data.Sqlite;

namespace Correlator.Storage.Sqlite;

/// <summary>
/// The whole report log read for a start-up rebuild: one reader copies pages of raw rows (sequence, body as UTF-8,
/// scopes) and each page is parsed on the thread pool while the next is read, so parsing, the larger cost, runs on
/// every core; pages are handed over in sequence order. Kept apart from the log's streaming read, which the
/// reconciler follows under ingest, where a parse on every core would take them from the writers.
/// </summary>
internal static class RebuildRead
{
    // Rows per query (a read transaction each, so checkpoints are not held up for long) and per parse task.
    private const int QueryRows = 8192;
    private const int PageRows = 1024;
    private static readonly string Query = $"SELECT seq, body, scopes FROM reports WHERE seq > $after ORDER BY seq LIMIT {QueryRows}";

    public static async IAsyncEnumerable<IReadOnlyList<ScopedReport>> ReadAsync(string connectionString, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Pages being parsed, in order; bounded so the reader stays only a little ahead of the rebuild.
        var pages = Channel.CreateBounded<Task<ScopedReport[]>>(new BoundedChannelOptions(2 * Environment.ProcessorCount)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadPages(connectionString, pages.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var page in pages.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return await page.ConfigureAwait(false);
            }
        }
        finally
        {
            // A caller that stops early must not leave the reader blocked on a full channel.
            await stop.CancelAsync().ConfigureAwait(false);
            await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static async Task ReadPages(string connectionString, ChannelWriter<Task<ScopedReport[]>> pages, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var query = connection.CreateCommand();
            query.CommandText = Query;
            var after = query.Parameters.Add("$after", SqliteType.Integer);
            var cursor = 0L;
            int rows;
            do
            {
                after.Value = cursor;
                rows = 0;
                await using var row = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var page = new RawPage();
                while (row.Read())
                {
                    cursor = page.Add(row);
                    rows++;
                    if (page.Count == PageRows)
                    {
                        await pages.WriteAsync(Task.Run(page.Parse, CancellationToken.None), cancellationToken).ConfigureAwait(false);
                        page = new RawPage();
                    }
                }
                if (page.Count > 0)
                {
                    await pages.WriteAsync(Task.Run(page.Parse, CancellationToken.None), cancellationToken).ConfigureAwait(false);
                }
            }
            while (rows == QueryRows);
            pages.Complete();
        }
        catch (Exception exception)
        {
            pages.Complete(exception);
        }
    }

    /// <summary>Rows as read: the body as its UTF-8 bytes, half the size of a string and parsed without decoding.</summary>
    private sealed class RawPage
    {
        private readonly long[] sequences = new long[PageRows];
        private readonly byte[][] bodies = new byte[PageRows][];
        private readonly string[] scopes = new string[PageRows];

        public int Count { get; private set; }

        public long Add(SqliteDataReader row)
        {
            sequences[Count] = row.GetInt64(0);
            bodies[Count] = row.GetFieldValue<byte[]>(1);
            scopes[Count] = row.GetString(2);
            return sequences[Count++];
        }

        public ScopedReport[] Parse()
        {
            var parsed = new ScopedReport[Count];
            for (var i = 0; i < Count; i++)
            {
                parsed[i] = new ScopedReport(sequences[i], ReportJson.Deserialize(bodies[i]), SqliteRows.ParseScopes(scopes[i]));
            }
            return parsed;
        }
    }
}
