using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing a Pentagon-style release: after "... were attacked by one-way attack drones at Mission Support Site
/// Conoco on Wednesday", "There were no injuries and no damage to infrastructure, a U.S. military official said" gave
/// nothing: an official's answer was looked for only after the official's name, and "and no damage" was not read; in
/// "No injuries or damage were reported, the Pentagon said" the passive "reported" was taken for a media outlet.
/// </summary>
public sealed class An_outcome_before_an_attributing_official_is_the_officials_account
{
    [Theory]
    [InlineData("U.S. forces were attacked by one-way attack drones at Mission Support Site Conoco on Wednesday. There were no injuries and no damage to infrastructure, a U.S. military official said.")]
    [InlineData("A drone targeted Conoco on Wednesday. No injuries or damage were reported, the Pentagon said.")]
    public void The_official_says_no_damage_and_no_casualties(string text)
    {
        var official = Read.Article(text, published: "2024-01-24").Candidates.Select(c => c.Report).Single(r => r.Kind == ReportKind.OfficialIncident);

        official.Base.ShouldBe("conoco");
        official.Outcome.ShouldBe(Outcome.NoDamage);
        official.Casualties.ShouldBe(new Casualties(0, 0));
    }
}
