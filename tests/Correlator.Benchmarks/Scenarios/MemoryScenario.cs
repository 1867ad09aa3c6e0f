using System.Diagnostics;
using Correlator.Benchmarks.Harness;
using Correlator.Benchmarks.Workload;
using Correlator.Domain.Reconciliation;
using Correlator.Grains.Bases;
using Correlator.Grains.Routing;

namespace Correlator.Benchmarks.Scenarios;

/// <summary>
/// Managed memory the grains hold for the workload (after a full GC, with the source log dropped), per million
/// reports, per grain and per open discrepancy; and, on the way, the in-process rebuild rate with no SQLite at all,
/// which tells how much of the server's replay time is the log and how much the grains.
/// </summary>
public static class MemoryScenario
{
    public const string Name = "memory";

    public static async Task RunAsync(BenchContext context)
    {
        var report = context.Report;
        var count = context.LogSize;
        var gazetteer = context.Names.Gazetteer;
        var entities = new EntityDirectory(gazetteer);

        var before = await SettledAsync();
        var workingSetBefore = Environment.WorkingSet;
        var source = new InMemoryReportSource(
            new WorkloadGenerator(new WorkloadOptions { Reports = count, IdPrefix = "memory" }, context.Names).Reports()
                .Select(r => ResolvedReports.Resolve(r, gazetteer)),
            gazetteer);
        var scopes = source.Scopes.ToList();
        var withLog = await SettledAsync();

        await using var host = new GrainHost(source, entities);
        var clock = Stopwatch.StartNew();
        var updates = await Task.WhenAll(scopes.Select(host.ActivateAsync));
        var rebuild = clock.Elapsed;
        var discrepancies = updates.Sum(u => u?.Discrepancies.Count ?? 0);
        updates = [];

        // Where the memory goes, by kind of grain: the same grains activated again one kind at a time in a host of
        // their own, the log (the reports, shared by all) held throughout, so each step is what that kind keeps.
        await using (var byKind = new GrainHost(source, entities))
        {
            var step = await SettledAsync();
            foreach (var kind in new[] { GrainScope.BaseKind, GrainScope.RegionKind, GrainScope.GroupKind })
            {
                var ofKind = scopes.Where(s => s.StartsWith(kind + ":", StringComparison.Ordinal)).ToList();
                await Task.WhenAll(ofKind.Select(byKind.ActivateAsync));
                var now = await SettledAsync();
                report.Add(new Metric(Name, $"managed memory per million reports held by {kind} grains (beside the reports)",
                    (now - step) / 1048576.0 * 1_000_000 / count, $"MiB ({ofKind.Count} grains)"));
                step = now;
            }
        }

        var bases = host.Runtime.ActiveKeys<BaseGrain>();
        var states = await Task.WhenAll(bases.Select(b => host.Runtime.Get<BaseGrain>(b).CallAsync(static g => g.State())));
        var incidents = states.SelectMany(s => s.Incidents).ToList();
        report.Add(new Metric(Name, "in-process rebuild of all grains from memory (no SQLite)", count / rebuild.TotalSeconds, "reports/s"));
        report.Add(new Metric(Name, "incidents at bases", incidents.Count, "incidents"));
        report.Add(new Metric(Name, "reports per incident, mean", incidents.Average(i => i.Reports.Count), "reports"));
        report.Add(new Metric(Name, "reports per incident, largest", incidents.Max(i => i.Reports.Count), "reports"));
        states = [];
        incidents = [];

        source.Clear();
        var held = await SettledAsync() - before;
        var grains = host.Runtime.ActivationCount;
        report.Add(new Metric(Name, "managed memory per million reports held by grains", held / 1048576.0 * 1_000_000 / count, "MiB"));
        report.Add(new Metric(Name, "managed memory of the log itself, per million reports (the Report objects)", (withLog - before) / 1048576.0 * 1_000_000 / count, "MiB"));
        report.Add(new Metric(Name, "managed memory per grain (mean)", held / 1024.0 / grains, $"KiB ({grains} grains)"));
        report.Add(new Metric(Name, "process working set growth per million reports", (Environment.WorkingSet - workingSetBefore) / 1048576.0 * 1_000_000 / count, "MiB"));

        // What one more open discrepancy costs: evaluate every incident again and keep the results.
        var all = await Task.WhenAll(bases.Select(b => host.Runtime.Get<BaseGrain>(b).CallAsync(static g => g.State().Incidents)));
        var beforeKept = await SettledAsync();
        var kept = all.SelectMany(list => list).Select(i => IncidentRules.Evaluate(i, gazetteer)).ToList();
        var keptBytes = await SettledAsync() - beforeKept;
        var keptCount = kept.Sum(k => k.Count);
        report.Add(new Metric(Name, "memory per open discrepancy", keptBytes / (double)Math.Max(1, keptCount), $"bytes ({discrepancies} open)"));
        GC.KeepAlive(kept);
        GC.KeepAlive(all);
    }

    private static async Task<long> SettledAsync()
    {
        // The thread pool's queues keep the last results grains answered reachable until other work passes through
        // them (seen: every base grain's snapshot, 300 MiB a million, still held after the callers dropped it), so
        // some other work goes through first.
        await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => new object())));
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
