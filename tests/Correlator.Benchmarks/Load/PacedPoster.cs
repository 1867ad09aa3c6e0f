using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Correlator.Benchmarks.Load;

/// <summary>
/// An open-loop load: posts at a fixed rate whatever the answers, as operators and feeds would, so that latency is
/// measured at a known load rather than at whatever rate the server happens to sustain. Posts go round-robin over
/// the nodes given (post i to node i mod n), as a load balancer would spread them.
/// </summary>
public sealed class PacedPoster(HttpClient client, IReadOnlyList<Uri> urls, string? key)
{
    public PacedPoster(HttpClient client, Uri url, string? key)
        : this(client, [url], key)
    {
    }

    public async Task<(long Sent, long Failed, Harness.Percentiles AckMs)> RunAsync(double perSecond, TimeSpan duration, Func<long, PacedPost> next, ProbeClock clock)
    {
        var acks = new List<double>();
        var inFlight = new List<Task>();
        long failed = 0;
        var total = (long)(perSecond * duration.TotalSeconds);
        var start = Stopwatch.GetTimestamp();
        for (long i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            var wait = due - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }
            var post = next(i);
            inFlight.Add(SendAsync(post, urls[(int)(i % urls.Count)]));
            if (inFlight.Count > 4096)
            {
                inFlight.RemoveAll(t => t.IsCompleted);
            }
        }
        await Task.WhenAll(inFlight);
        return (total, failed, new Harness.Percentiles(acks));

        async Task SendAsync(PacedPost post, Uri url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(post.Body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            if (key is not null)
            {
                request.Headers.Add("X-Api-Key", key);
            }
            var sent = Stopwatch.GetTimestamp();
            if (post.Probe is { } probe)
            {
                clock.Sent(probe);
            }
            using var response = await client.SendAsync(request);
            var elapsed = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.Created)
            {
                Interlocked.Increment(ref failed);
                return;
            }
            lock (acks)
            {
                acks.Add(elapsed);
            }
        }
    }
}
