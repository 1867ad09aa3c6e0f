using System.Diagnostics;

namespace Correlator.Benchmarks.Load;

/// <summary>
/// A load run with the CPU the servers, their database server (when it runs apart) and the load generator each used
/// during it (warm-up included), in cores.
/// </summary>
public sealed record MeasuredLoad(LoadResult Load, double ServerCores, double GeneratorCores, double DatabaseCores)
{
    /// <param name="serverCpu">CPU time used so far by every server process under load, all threads together.</param>
    /// <param name="databaseCpu">The same for the database server's processes, when they are not the servers'.</param>
    public static async Task<MeasuredLoad> RunAsync(Func<TimeSpan> serverCpu, Func<Task<LoadResult>> run, Func<TimeSpan>? databaseCpu = null)
    {
        databaseCpu ??= () => TimeSpan.Zero;
        using var self = Process.GetCurrentProcess();
        var (serverBefore, databaseBefore, selfBefore) = (serverCpu(), databaseCpu(), self.TotalProcessorTime);
        var clock = Stopwatch.StartNew();
        var load = await run();
        self.Refresh();
        var seconds = clock.Elapsed.TotalSeconds;
        return new MeasuredLoad(load, (serverCpu() - serverBefore).TotalSeconds / seconds, (self.TotalProcessorTime - selfBefore).TotalSeconds / seconds,
            (databaseCpu() - databaseBefore).TotalSeconds / seconds);
    }
}
