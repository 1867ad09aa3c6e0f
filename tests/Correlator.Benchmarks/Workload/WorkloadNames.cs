using Correlator.Domain.Entities;
using Correlator.Domain.Reports;

namespace Correlator.Benchmarks.Workload;

/// <summary>
/// The ways sources name bases and groups, taken from the gazetteer (English and Arabic names, aliases, fronts), so
/// that a generated stream exercises name resolution as real reports do.
/// </summary>
public sealed class WorkloadNames
{
    public WorkloadNames(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
        Bases = gazetteer.Bases.OrderBy(b => b.Id, StringComparer.Ordinal).ToList();
        Groups = gazetteer.Groups.OrderBy(g => g.Id, StringComparer.Ordinal).ToList();
        BaseNames = Bases.ToDictionary(b => b.Id, b => (IReadOnlyList<string>)[b.Name, b.NameAr, .. b.Aliases], StringComparer.Ordinal);
        // A claimant signs with its name, an alias or one of its fronts: ten or so distinct signatures in all.
        Claimants = Groups.SelectMany(g => new[] { g.Name, g.NameAr }.Concat(g.Aliases.Take(2)).Concat(g.Fronts)).ToList();
    }

    public Gazetteer Gazetteer { get; }

    public IReadOnlyList<BaseEntity> Bases { get; }

    public IReadOnlyList<GroupEntity> Groups { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> BaseNames { get; }

    public IReadOnlyList<string> Claimants { get; }

    public IEnumerable<BaseEntity> In(Region region) => Bases.Where(b => region == Region.All || b.Country == region);

    /// <summary>Reads seeds/gazetteer.json from the repository this program was built in.</summary>
    public static WorkloadNames FromSeeds() => new(Gazetteer.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "gazetteer.json"))));
}
