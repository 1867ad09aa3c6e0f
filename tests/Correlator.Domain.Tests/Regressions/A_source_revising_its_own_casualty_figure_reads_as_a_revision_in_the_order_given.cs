using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;
using Correlator.Domain.Tests.Intake;
using static Correlator.Domain.Tests.Intake.SampleReports;

namespace Correlator.Domain.Tests.Regressions;

/// <summary>
/// Found probing with an attack the Pentagon first reported without casualties and, three weeks later, with eleven
/// injured (brain injuries surfacing): the summary read "Pentagon gives nobody killed and nobody injured, Pentagon 11
/// injured", two voices in id order, not saying which came first or that the source had revised itself.
/// </summary>
public sealed class A_source_revising_its_own_casualty_figure_reads_as_a_revision_in_the_order_given
{
    private const string Asad = "ain-al-asad";

    [Fact]
    public void The_summary_gives_the_first_figure_then_the_revised_one_with_their_dates()
    {
        var later = Pentagon with { PublishedAt = Evening.AddDays(21) };
        var conflict = Evaluate(
            Official("a-revised", Asad, Evening) with { Source = later, Casualties = new(null, 11) },
            Official("b-first", Asad, Evening) with { Casualties = new(0, 0) });

        conflict.Kind.ShouldBe(DiscrepancyKind.CasualtyConflict);
        conflict.Summary.ShouldBe("Casualty figures for the attack on Ain al-Asad Air Base on 26 October 2023 were revised: Pentagon gave "
                                  + "nobody killed and nobody injured on 28 October 2023, then 11 injured on 16 November 2023.");
    }

    [Fact]
    public void Two_sources_that_disagree_still_read_as_a_disagreement()
    {
        var conflict = Evaluate(
            Official("o1", Asad, Evening) with { Casualties = new(0, 0) },
            Media("m1", Asad, Evening) with { Casualties = new(null, 11) });

        conflict.Summary.ShouldContain("disagree: Al Mayadeen gives 11 injured, Pentagon nobody killed and nobody injured.");
    }

    private static Discrepancy Evaluate(params Report[] reports)
    {
        var set = new IncidentSet();
        foreach (var report in reports)
        {
            set.Add(report);
        }
        return IncidentRules.Evaluate(set.Incidents.ShouldHaveSingleItem(), SeedFiles.Gazetteer)
            .Single(d => d.Kind == DiscrepancyKind.CasualtyConflict);
    }
}
