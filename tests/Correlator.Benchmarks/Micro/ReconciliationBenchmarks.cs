using BenchmarkDotNet.Attributes;
using Correlator.Benchmarks.Workload;
using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;
using Correlator.Domain.Tallies;
using Correlator.Grains.Bases;
using Correlator.Grains.Routing;

namespace Correlator.Benchmarks.Micro;

/// <summary>
/// The reconciliation rules and the grain runtime on the workload, one core, figures per report: each invocation
/// handles <see cref="MicroData.ReportsPerInvoke"/> reports.
/// </summary>
[MemoryDiagnoser]
public class ReconciliationBenchmarks
{
    private GrainHost host = null!;
    private int nextBase;

    [GlobalSetup]
    public void Setup()
    {
        _ = MicroData.Incidents;
        host = new GrainHost(new InMemoryReportSource([], MicroData.Gazetteer), new EntityDirectory(MicroData.Gazetteer));
    }

    [GlobalCleanup]
    public void Cleanup() => host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Grouping a base's reports into incidents, one report at a time.</summary>
    [Benchmark(OperationsPerInvoke = MicroData.ReportsPerInvoke)]
    public int IncidentSetAdd()
    {
        var set = new IncidentSet();
        foreach (var report in MicroData.BaseReports)
        {
            set.Add(report);
        }
        return set.ReportCount;
    }

    /// <summary>The discrepancies of every incident those reports make (summaries included).</summary>
    [Benchmark(OperationsPerInvoke = MicroData.ReportsPerInvoke)]
    public int IncidentRulesEvaluate()
    {
        var found = 0;
        foreach (var incident in MicroData.Incidents)
        {
            found += IncidentRules.Evaluate(incident, MicroData.Gazetteer).Count;
        }
        return found;
    }

    /// <summary>A country's tallies and attacks, added in batches, with the series and discrepancies after each batch as the region grain does.</summary>
    [Benchmark(OperationsPerInvoke = MicroData.ReportsPerInvoke)]
    public int TallyBookAddSeries()
    {
        var book = new TallyBook(Region.Iraq);
        var series = 0;
        foreach (var batch in MicroData.RegionReports.Chunk(MicroData.Batch))
        {
            foreach (var report in batch)
            {
                book.Add(report);
            }
            var current = book.Series();
            series += current.Count + book.Discrepancies(current).Count;
        }
        return series;
    }

    /// <summary>A base grain fed in batches through the runtime (a fresh activation each time): queueing, turns, incidents, discrepancies.</summary>
    [Benchmark(OperationsPerInvoke = MicroData.ReportsPerInvoke)]
    public async Task<int> BaseGrainApply()
    {
        var grain = host.Runtime.Get<BaseGrain>($"bench-{nextBase++}");
        var changed = 0;
        foreach (var batch in MicroData.BaseReports.Chunk(MicroData.Batch))
        {
            changed += (await grain.CallAsync(batch, static (g, b) => g.Apply(b))).Discrepancies.Count;
        }
        return changed;
    }
}
