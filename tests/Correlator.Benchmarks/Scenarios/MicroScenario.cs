using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Correlator.Benchmarks.Harness;
using Correlator.Benchmarks.Micro;

namespace Correlator.Benchmarks.Scenarios;

/// <summary>BenchmarkDotNet on the reconciliation rules and the grain runtime, in this process (no separate build per benchmark).</summary>
public static class MicroScenario
{
    public const string Name = "reconcile";

    public static Task RunAsync(BenchContext context)
    {
        var job = context.Quick
            ? Job.ShortRun.WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1).WithIterationTime(TimeInterval.FromMilliseconds(100))
            : Job.Default.WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithArtifactsPath(Path.Combine("artifacts", "benchmarkdotnet"));
        var summary = BenchmarkRunner.Run<ReconciliationBenchmarks>(config);
        foreach (var run in summary.Reports)
        {
            var name = run.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            if (run.ResultStatistics is not { } statistics)
            {
                context.Report.Note($"{Name} {name}: no result ({string.Join("; ", run.ExecuteResults.SelectMany(r => r.Results).Take(3))})");
                continue;
            }
            context.Report.Add(new Metric(Name, $"{name}: per core", 1e9 / statistics.Mean, "reports/s"));
            var bytes = run.GcStats.GetBytesAllocatedPerOperation(run.BenchmarkCase);
            if (bytes is { } allocated)
            {
                context.Report.Add(new Metric(Name, $"{name}: allocated", allocated, "bytes/report"));
            }
        }
        foreach (var held in new[] { 10_000, 100_000 })
        {
            context.Report.Add(new Metric(Name, $"theatre region grain: one round of 10 reports, holding {held:N0} reports", RegionRound.Measure(held), "ms"));
        }
        return Task.CompletedTask;
    }
}
