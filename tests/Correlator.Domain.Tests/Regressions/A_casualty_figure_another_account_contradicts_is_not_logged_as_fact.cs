using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;
using Correlator.Domain.Tallies;
using static Correlator.Domain.Tests.Intake.SampleReports;
using static Correlator.Domain.Tests.Tallies.TheatreTallies;

namespace Correlator.Domain.Tests.Regressions;

/// <summary>
/// Found probing with a claim of "at least ten killed" at Ain al-Asad that the Pentagon's statement of the same attack
/// answers with nobody killed: the claimed ten were logged as ten people killed, so the killed series' estimate read
/// ten (low, best) and the Pentagon's "no people killed" total raised a tallyGap, though the incident already flags the
/// disagreement as a casualty conflict.
/// </summary>
public sealed class A_casualty_figure_another_account_contradicts_is_not_logged_as_fact
{
    private const string Asad = "ain-al-asad";
    private const string Resistance = "islamic-resistance-in-iraq";

    [Fact]
    public void A_claimed_death_toll_the_official_account_denies_is_logged_at_the_official_ceiling()
    {
        var (series, found) = Reconcile(
            Claim("c1", Asad, Resistance, Evening) with { Casualties = new(10, null, Qualifier.AtLeast) },
            Official("o1", Asad, Evening) with { Casualties = new(0, 0) },
            OfficialTally("k1", TallyMetric.Killed, 0, Qualifier.Exact, October(17), October(40)));

        var killed = series.Single(s => s.Metric == TallyMetric.Killed);
        killed.Logged.Killed.ShouldBe(0);
        killed.Estimate.Best.ShouldBe(0);
        found.ShouldNotContain(d => d.Kind == DiscrepancyKind.TallyGap);
    }

    [Fact]
    public void Accounts_that_agree_are_logged_at_their_highest_floor()
    {
        var (series, _) = Reconcile(
            Claim("c1", Asad, Resistance, Evening) with { Casualties = new(null, 3, Qualifier.AtLeast) },
            Official("o1", Asad, Evening) with { Casualties = new(null, 8, Qualifier.UpTo) });

        series.Single().Logged.Injured.ShouldBe(3);
    }
}
