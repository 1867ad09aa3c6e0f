using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;
using Correlator.Domain.Tests.Intake;
using static Correlator.Domain.Tests.Intake.SampleReports;

namespace Correlator.Domain.Tests.Regressions;

/// <summary>
/// Found probing with a claim on Tower 22 that the Pentagon answered by blaming Kataib Hezbollah for that attack: the
/// incident still read "no official statement confirms it", though an official naming who carried out an attack says
/// that it happened.
/// </summary>
public sealed class An_official_attribution_of_a_claimed_attack_confirms_it
{
    private const string Tower22 = "tower-22";
    private const string Resistance = "islamic-resistance-in-iraq";
    private const string Hezbollah = "kataib-hezbollah";

    [Fact]
    public void A_claim_the_pentagon_attributes_is_confirmed()
    {
        var incident = Single(Claim("c1", Tower22, Resistance, Evening), Attribution("a1", Tower22, Hezbollah, Evening));

        incident.Confirmed.ShouldBeTrue();
        IncidentRules.Evaluate(incident, SeedFiles.Gazetteer).ShouldNotContain(d => d.Kind == DiscrepancyKind.UnconfirmedClaim);
    }

    [Fact]
    public void A_claim_a_member_of_parliament_attributes_is_still_unconfirmed()
    {
        var lawmaker = new Source("Iraqi MP, via Al-Araby Al-Jadeed", SourceType.Other, PublishedAt: Evening.AddDays(1));
        var incident = Single(Claim("c1", Tower22, Resistance, Evening), Attribution("a1", Tower22, Hezbollah, Evening) with { Source = lawmaker });

        incident.Confirmed.ShouldBeFalse();
        IncidentRules.Evaluate(incident, SeedFiles.Gazetteer).ShouldContain(d => d.Kind == DiscrepancyKind.UnconfirmedClaim);
    }

    private static Incident Single(params Report[] reports)
    {
        var set = new IncidentSet();
        foreach (var report in reports)
        {
            set.Add(report);
        }
        return set.Incidents.ShouldHaveSingleItem();
    }
}
