using Correlator.Domain.Reports;
using Correlator.Domain.Tallies;
using static Correlator.Domain.Tests.Intake.SampleReports;

namespace Correlator.Domain.Tests.Regressions;

/// <summary>
/// Found probing with an official "about 66 attacks" followed three days later by a Pentagon count of 46 strikes on
/// facilities: the best estimate fell to the floor (59, the low end of "about 66"), because the facility-only count,
/// being the latest, headed the series, though the estimate's own rule says best is the latest count of every attack.
/// </summary>
public sealed class A_later_facility_only_count_does_not_become_the_best_estimate_of_every_attack
{
    [Fact]
    public void The_best_estimate_follows_the_latest_count_of_every_attack()
    {
        var estimate = Estimate(
            OfficialTally("t1", TallyMetric.Attacks, 66, Qualifier.About, October(17), October(72)),
            OfficialTally("t2", TallyMetric.Attacks, 46, Qualifier.Exact, October(17), October(75), rule: CountingRule.FacilityStrikes));

        estimate.Best.ShouldBe(66);
    }

    [Fact]
    public void A_facility_only_count_given_alone_is_still_the_best_estimate()
    {
        var estimate = Estimate(
            OfficialTally("t2", TallyMetric.Attacks, 46, Qualifier.Exact, October(17), October(75), rule: CountingRule.FacilityStrikes));

        estimate.Best.ShouldBe(46);
    }

    private static TallyEstimate Estimate(params Report[] reports)
    {
        var book = new TallyBook(Region.All);
        foreach (var report in reports)
        {
            book.Add(report);
        }
        return book.Series().Single().Estimate;
    }
}
