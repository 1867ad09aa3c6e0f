namespace Correlator.Benchmarks.Load;

/// <summary>A crowd of dashboards: connected in parallel, kept alive with pings, closed together.</summary>
public sealed class Subscribers : IAsyncDisposable
{
    private readonly List<HubSubscriber> all = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly Task pinging;

    public Subscribers() => pinging = PingAsync();

    public int Count => all.Count;

    public IReadOnlyList<HubSubscriber> All => all;

    /// <summary>Connects until <paramref name="total"/> are subscribed; answers false when the server or the machine refuses more.</summary>
    public async Task<(bool Complete, string? Error)> GrowToAsync(int total, Uri server, string? key, IReadOnlyList<string> topics, ProbeClock clock)
    {
        string? error = null;
        using var gate = new SemaphoreSlim(32);
        var connecting = Enumerable.Range(all.Count, Math.Max(0, total - all.Count)).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                var subscriber = await HubSubscriber.ConnectAsync(server, key, topics, clock, timeout.Token);
                lock (all)
                {
                    all.Add(subscriber);
                }
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref error, $"{ex.GetType().Name}: {ex.Message}", null);
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(connecting);
        return (all.Count >= total, error);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await pinging;
        foreach (var chunk in all.Chunk(256))
        {
            await Task.WhenAll(chunk.Select(s => s.DisposeAsync().AsTask()));
        }
        all.Clear();
        stopping.Dispose();
    }

    private async Task PingAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), stopping.Token);
                HubSubscriber[] current;
                lock (all)
                {
                    current = [.. all];
                }
                await Task.WhenAll(current.Select(s => s.PingAsync()));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
