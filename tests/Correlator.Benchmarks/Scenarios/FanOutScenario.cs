using Correlator.Benchmarks.Harness;
using Correlator.Benchmarks.Load;
using Correlator.Benchmarks.Workload;

namespace Correlator.Benchmarks.Scenarios;

/// <summary>
/// The most dashboards one node holds while each receives every event, at 20 events a second, within a second; and
/// the server memory each connection costs. Steps up the number of subscribers until a step fails or the file
/// descriptors of this machine would run out.
/// </summary>
public static class FanOutScenario
{
    public const string Name = "fanout";

    private const double EventsPerSecond = 20;

    public static async Task RunAsync(BenchContext context)
    {
        var report = context.Report;
        var duration = context.Pick(TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(3));
        int[] steps = context.Pick<int[]>([1000, 5000, 10_000, 15_000], [500, 2000]);
        // Each subscriber is one socket here (and one in the server, a process of its own); keep a margin for the rest.
        var limit = OpenFileLimit() - 1000;

        using var data = new TempFolder(Name);
        await using var server = await ServerProcess.StartCorrelatorAsync(data.Path, [], BenchContext.ServerStart);
        using var http = HttpLoad.Client(16);
        var poster = new PacedPoster(http, new Uri(server.Address, "api/reports"), server.Key);
        var clock = new ProbeClock(1 << 20);
        await using var subscribers = new Subscribers();
        GC.Collect();
        var baseline = server.ResidentBytes;
        var held = 0;
        double perConnection = double.NaN;

        foreach (var step in steps.Where(s => s <= limit))
        {
            var (complete, error) = await subscribers.GrowToAsync(step, server.Address, server.Key, [$"base:{ProbeReports.Base}"], clock);
            await Task.Delay(TimeSpan.FromSeconds(1));
            perConnection = (server.ResidentBytes - baseline) / (double)subscribers.Count;
            var receivedBefore = subscribers.All.Select(s => s.Latencies.Count).ToArray();
            var (serverCpu, benchCpu) = (server.CpuTime, Environment.CpuUsage.TotalTime);
            var (sent, _, _) = await poster.RunAsync(EventsPerSecond, duration, _ =>
            {
                var (n, probe) = ProbeReports.Next();
                return new PacedPost(ReportBodies.One(probe), n);
            }, clock);
            await Task.Delay(TimeSpan.FromSeconds(2));
            (serverCpu, benchCpu) = (server.CpuTime - serverCpu, Environment.CpuUsage.TotalTime - benchCpu);

            var latencies = new Percentiles(subscribers.All.SelectMany((s, i) => s.Latencies.Skip(i < receivedBefore.Length ? receivedBefore[i] : 0)));
            var everyone = subscribers.All.Select((s, i) => s.Latencies.Count - (i < receivedBefore.Length ? receivedBefore[i] : 0)).Count(n => n >= sent);
            var inTime = latencies.At(99) <= 1000;
            var ok = complete && everyone == subscribers.Count && inTime;
            report.Add(new Metric(Name, $"{step} subscribers: got every event", 100.0 * everyone / Math.Max(1, subscribers.Count), "% of subscribers"));
            report.Add(new Metric(Name, $"{step} subscribers: delivery p99 / max", latencies.At(99), $"ms / {BenchReport.Format(latencies.Max)} ms"));
            // Per message delivered, so that runs on a busy machine compare; the subscribers share this process's cores.
            var messages = Math.Max(1, latencies.Count);
            report.Add(new Metric(Name, $"{step} subscribers: CPU per message delivered, server / subscribers", serverCpu.TotalMicroseconds / messages,
                $"µs / {BenchReport.Format(benchCpu.TotalMicroseconds / messages)} µs"));
            if (!complete)
            {
                report.Note($"fan-out: only {subscribers.Count} of {step} subscribers connected ({error})");
            }
            if (!ok)
            {
                break;
            }
            held = step;
        }
        if (steps.Any(s => s > limit))
        {
            report.Note($"fan-out: stopped at the open-file limit of this process ({limit + 1000}); raise ulimit -n to go further");
        }
        // A quick run does not step up to the goal, so it cannot tell whether the goal is met.
        report.Add(new Metric(Name, "most subscribers each getting every event within 1 s", held, "subscribers", ">= 10,000",
            steps.Max() >= 10_000 ? held >= 10_000 : null));
        report.Add(new Metric(Name, "server memory per connection", perConnection / 1024, "KiB"));
    }

    private static int OpenFileLimit()
    {
        var line = File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        return line is not null && int.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3], out var soft) ? soft : 1024;
    }
}
