using Correlator.Benchmarks.Workload;
using Correlator.Domain.Entities;
using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;
using Correlator.Domain.Tallies;
using Correlator.Grains.Routing;

namespace Correlator.Benchmarks.Micro;

/// <summary>The workload slices the micro-benchmarks feed, made once per process (BenchmarkDotNet runs in process here).</summary>
public static class MicroData
{
    /// <summary>Reports each benchmark invocation handles; the figures are per report.</summary>
    public const int ReportsPerInvoke = 2000;

    public const int Batch = 50;

    private static readonly Lazy<Slices> Data = new(Make);

    public static Gazetteer Gazetteer => Data.Value.Gazetteer;

    /// <summary>Reports of attacks at one base, in log order.</summary>
    public static IReadOnlyList<Report> BaseReports => Data.Value.Base;

    /// <summary>Reports a country's region grain takes (its tallies and the attacks at its bases), in log order.</summary>
    public static IReadOnlyList<Report> RegionReports => Data.Value.Region;

    public static IReadOnlyList<Incident> Incidents => Data.Value.Incidents;

    /// <summary>Every report the theatre-wide region grain takes, in log order: the longest history a grain holds.</summary>
    public static IReadOnlyList<Report> TheatreReports => Data.Value.Theatre;

    private static Slices Make()
    {
        var names = WorkloadNames.FromSeeds();
        var gazetteer = names.Gazetteer;
        var reports = new WorkloadGenerator(new WorkloadOptions { Reports = 200_000, IdPrefix = "micro" }, names).Reports()
            .Select(r => ResolvedReports.Resolve(r, gazetteer)).ToList();
        var atBase = reports.Where(r => r.Base == "ain-al-asad" && IncidentSet.Takes(r)).Take(ReportsPerInvoke).ToList();
        var inRegion = reports.Where(r => ReportRouting.RegionOf(r, gazetteer) == Region.Iraq).Take(ReportsPerInvoke).ToList();
        var set = new IncidentSet();
        atBase.ForEach(r => set.Add(r));
        var theatre = reports.Where(r => ReportRouting.RegionOf(r, gazetteer) is not null).ToList();
        return new Slices(gazetteer, atBase, inRegion, set.Incidents.ToList(), theatre);
    }

    private sealed record Slices(
        Gazetteer Gazetteer, IReadOnlyList<Report> Base, IReadOnlyList<Report> Region, IReadOnlyList<Incident> Incidents, IReadOnlyList<Report> Theatre);
}
