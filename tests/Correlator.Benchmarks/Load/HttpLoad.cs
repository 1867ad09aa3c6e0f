using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Correlator.Benchmarks.Load;

/// <summary>
/// A closed-loop load generator: a fixed number of workers, each posting its next pre-serialized body as soon as the
/// previous one is answered, so the server runs at saturation. Bodies are serialized before the run so that the
/// generator spends its CPU on HTTP only, the same for every server it is pointed at.
/// </summary>
public sealed class HttpLoad(IReadOnlyList<byte[]> bodies, int reportsPerBody)
{
    public static HttpClient Client(int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseCookies = false,
    })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>
    /// Warms up, then measures for <paramref name="duration"/>. Stops early when the bodies run out unless
    /// <paramref name="cycle"/> (only for a server that keeps nothing, where a repeated body costs the same).
    /// </summary>
    public Task<LoadResult> RunAsync(Uri url, string? key, int concurrency, TimeSpan warmup, TimeSpan duration, bool cycle) =>
        RunAsync([url], key, concurrency, warmup, duration, cycle);

    /// <summary>The same load spread round-robin over several nodes of one cluster: body i goes to node i mod n.</summary>
    public async Task<LoadResult> RunAsync(IReadOnlyList<Uri> urls, string? key, int concurrency, TimeSpan warmup, TimeSpan duration, bool cycle)
    {
        using var client = Client(concurrency);
        var next = -1L;
        long posts = 0, failures = 0, measuring = 0;
        string? firstFailure = null;
        var clock = Stopwatch.StartNew();
        var end = warmup + duration;

        async Task Worker()
        {
            while (clock.Elapsed < end)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= bodies.Count && !cycle)
                {
                    return;
                }
                using var request = new HttpRequestMessage(HttpMethod.Post, urls[(int)(i % urls.Count)]) { Content = new ByteArrayContent(bodies[(int)(i % bodies.Count)]) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                if (key is not null)
                {
                    request.Headers.Add("X-Api-Key", key);
                }
                using var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                var counted = Volatile.Read(ref measuring) == 1;
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    if (counted)
                    {
                        Interlocked.Increment(ref posts);
                    }
                }
                else
                {
                    if (counted)
                    {
                        Interlocked.Increment(ref failures);
                    }
                    Interlocked.CompareExchange(ref firstFailure, $"{(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}", null);
                }
            }
        }

        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(Worker)).ToList();
        await Task.WhenAny(Task.WhenAll(workers), Task.Delay(warmup));
        Interlocked.Exchange(ref measuring, 1);
        var measuredFrom = clock.Elapsed;
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed - measuredFrom;
        return new LoadResult(posts, posts * reportsPerBody, failures, elapsed, firstFailure);
    }
}
