using Correlator.Domain.Entities;
using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;
using Correlator.Domain.Tallies;

namespace Correlator.Grains.Routing;

/// <summary>Which grains a report concerns. The same rule decides the scope columns the log is indexed by.</summary>
public static class ReportRouting
{
    public static readonly string AllRegions = RegionId(Region.All);

    public static IEnumerable<GrainScope> ScopesOf(Report report, Gazetteer gazetteer)
    {
        if (report.Base is not null)
        {
            yield return GrainScope.Base(report.Base);
        }
        if (report.Group is not null)
        {
            yield return GrainScope.Group(report.Group);
        }
        if (RegionOf(report, gazetteer) is { } region)
        {
            yield return GrainScope.Region(RegionId(region));
            if (region != Region.All)
            {
                yield return GrainScope.Region(AllRegions);
            }
        }
    }

    /// <summary>The region whose tallies a report bears on: a tally's own scope, or the country of an attacked base.</summary>
    public static Region? RegionOf(Report report, Gazetteer gazetteer) =>
        TallyBook.IsTally(report) ? report.Tally!.Region
        : IncidentSet.Takes(report) ? gazetteer.FindBase(report.Base!)?.Country
        : null;

    public static string RegionId(Region region) => region.ToString().ToLowerInvariant();
}
