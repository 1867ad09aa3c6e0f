using Microsoft.Extensions.Logging;
using Npgsql;

namespace Correlator.Storage.Postgres;

/// <summary>
/// LISTENs on a dedicated session for the notifications every node's commits send, and reconnects when the session
/// fails. Notifications are only hints (followers read from their own cursor), so after a reconnect both logs are
/// rung once in case something was missed meanwhile.
/// </summary>
internal sealed class ChangeListener : IAsyncDisposable
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    private readonly NpgsqlDataSource source;
    private readonly Action<LogStream> ring;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task loop;

    public ChangeListener(NpgsqlDataSource source, Action<LogStream> ring, ILogger logger)
    {
        this.source = source;
        this.ring = ring;
        this.logger = logger;
        loop = Task.Run(() => RunAsync(stopping.Token));
    }

    /// <summary>Completes once the first LISTEN is in place.</summary>
    public Task Listening => listening.Task;

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        await loop.ConfigureAwait(false);
        stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var reconnecting = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                connection.Notification += (_, e) => ring(e.Channel == PostgresSchema.EventsChannel ? LogStream.Events : LogStream.Reports);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresSchema.ReportsChannel}; LISTEN {PostgresSchema.EventsChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                listening.TrySetResult();
                if (reconnecting)
                {
                    logger.LogInformation("Listening for log changes again");
                    ring(LogStream.Reports);
                    ring(LogStream.Events);
                    reconnecting = false;
                }

                while (true)
                {
                    await connection.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "The session listening for log changes failed; reconnecting in {Delay}", RetryAfter);
                reconnecting = true;
                try
                {
                    await Task.Delay(RetryAfter, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
