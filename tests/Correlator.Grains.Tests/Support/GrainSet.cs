using System.Text;
using System.Text.Json;
using Correlator.Domain.Entities;
using Correlator.Domain.Reports;
using Correlator.Grains.Bases;
using Correlator.Grains.Groups;
using Correlator.Grains.Regions;
using Correlator.Grains.Routing;

namespace Correlator.Grains.Tests.Support;

/// <summary>
/// The grains of a small universe of bases, groups and regions, driven directly (no runtime) the way the server's
/// reconciler drives them: each batch split by scope, one Apply per grain.
/// </summary>
internal sealed class GrainSet
{
    private readonly Dictionary<string, BaseGrain> bases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GroupGrain> groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RegionGrain> regions = new(StringComparer.Ordinal);
    private readonly Gazetteer gazetteer;

    private GrainSet(Gazetteer gazetteer) => this.gazetteer = gazetteer;

    public static readonly IReadOnlyList<string> RegionKeys = Enum.GetValues<Region>().Select(ReportRouting.RegionId).ToList();

    public IReadOnlyDictionary<string, BaseGrain> Bases => bases;

    public IReadOnlyDictionary<string, RegionGrain> Regions => regions;

    /// <summary>Activates every grain of the universe from a log, as after a (re)start.</summary>
    public static async Task<GrainSet> ActivateAsync(IReadOnlyList<Report> log, Gazetteer gazetteer, IEnumerable<string> baseKeys, IEnumerable<string> groupKeys)
    {
        var set = new GrainSet(gazetteer);
        var source = new LogReportSource(log, gazetteer);
        var entities = new EntityDirectory(gazetteer);
        foreach (var key in baseKeys)
        {
            set.bases[key] = new BaseGrain(key, source, entities);
            await set.bases[key].OnActivateAsync(CancellationToken.None);
        }
        foreach (var key in groupKeys)
        {
            set.groups[key] = new GroupGrain(key, source);
            await set.groups[key].OnActivateAsync(CancellationToken.None);
        }
        foreach (var key in RegionKeys)
        {
            set.regions[key] = new RegionGrain(key, source, entities);
            await set.regions[key].OnActivateAsync(CancellationToken.None);
        }
        return set;
    }

    /// <summary>Feeds one batch; answers the updates the base and region grains hand over.</summary>
    public IReadOnlyList<GrainUpdate> Apply(IReadOnlyList<Report> batch)
    {
        var byScope = batch.SelectMany(r => ReportRouting.ScopesOf(r, gazetteer).Select(s => (Scope: s, Report: r)))
            .GroupBy(x => x.Scope, x => x.Report);
        var updates = new List<GrainUpdate>();
        foreach (var scope in byScope)
        {
            var reports = scope.ToList();
            switch (scope.Key.Kind)
            {
                case GrainScope.BaseKind:
                    updates.Add(bases[scope.Key.Key].Apply(reports));
                    break;
                case GrainScope.RegionKind:
                    updates.Add(regions[scope.Key.Key].Apply(reports));
                    break;
                default:
                    groups[scope.Key.Key].Apply(reports);
                    break;
            }
        }
        return updates;
    }

    /// <summary>What a restarted server does first: every grain hands over its whole state once.</summary>
    public IReadOnlyList<GrainUpdate> Announce() =>
        [.. bases.Values.Select(g => g.Apply([])), .. regions.Values.Select(g => g.Apply([]))];

    /// <summary>Every grain's state, serialised in the API's JSON shape, grain by grain in key order.</summary>
    public string Canonical()
    {
        var text = new StringBuilder();
        foreach (var (key, grain) in bases.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            text.Append("base ").Append(key).Append(' ').AppendLine(JsonSerializer.Serialize(grain.State(), ReportJson.Options));
        }
        foreach (var (key, grain) in groups.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            text.Append("group ").Append(key).Append(' ').AppendLine(JsonSerializer.Serialize(grain.State(), ReportJson.Options));
        }
        foreach (var (key, grain) in regions.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            text.Append("region ").Append(key).Append(' ').AppendLine(JsonSerializer.Serialize(grain.State(), ReportJson.Options));
        }
        return text.ToString();
    }

    /// <summary>The discrepancies each grain currently holds, by scope, as id to fingerprint.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> CurrentDiscrepancies() =>
        bases.Select(x => (Scope: GrainScope.Base(x.Key).ToString(), List: x.Value.State().Discrepancies))
            .Concat(regions.Select(x => (Scope: GrainScope.Region(x.Key).ToString(), List: x.Value.State().Discrepancies)))
            .ToDictionary(x => x.Scope, x => (IReadOnlyDictionary<string, string>)x.List.ToDictionary(d => d.Id, d => d.Fingerprint, StringComparer.Ordinal), StringComparer.Ordinal);
}
