using System.Diagnostics;

namespace Correlator.Benchmarks.Load;

/// <summary>A load run with the CPU the servers and the load generator each used during it (warm-up included), in cores.</summary>
public sealed record MeasuredLoad(LoadResult Load, double ServerCores, double GeneratorCores)
{
    /// <param name="serverCpu">CPU time used so far by every server process under load, all threads together.</param>
    public static async Task<MeasuredLoad> RunAsync(Func<TimeSpan> serverCpu, Func<Task<LoadResult>> run)
    {
        using var self = Process.GetCurrentProcess();
        var (serverBefore, selfBefore) = (serverCpu(), self.TotalProcessorTime);
        var clock = Stopwatch.StartNew();
        var load = await run();
        self.Refresh();
        var seconds = clock.Elapsed.TotalSeconds;
        return new MeasuredLoad(load, (serverCpu() - serverBefore).TotalSeconds / seconds, (self.TotalProcessorTime - selfBefore).TotalSeconds / seconds);
    }
}
