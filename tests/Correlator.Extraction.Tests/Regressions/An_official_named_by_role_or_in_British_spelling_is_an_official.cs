using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing a wire story and a British report: "the official said" (an official named before), "Kurdish officials
/// said" and "a U.S. defence official said" gave media reports, as only listed titles and US spelling were officials.
/// </summary>
public sealed class An_official_named_by_role_or_in_British_spelling_is_an_official
{
    [Theory]
    [InlineData("On Tuesday, rockets were fired at the al-Tanf garrison, the official said.")]
    [InlineData("Drones attacked Harir air base on Monday, Kurdish officials said.")]
    [InlineData("A U.S. defence official said drones struck Ain al-Asad on Monday.")]
    [InlineData("The Ministry of Defence said a drone hit al-Tanf garrison on Monday.")]
    public void The_attack_is_an_official_incident(string text) =>
        Read.Single(text, published: "2023-11-08").Report.Kind.ShouldBe(ReportKind.OfficialIncident);

    [Fact]
    public void An_official_statement_of_a_group_is_still_its_claim() =>
        Read.Single("Kataib Hezbollah claimed in an official statement a drone attack on Harir air base on Monday.", published: "2023-11-08").Report.Kind.ShouldBe(ReportKind.Claim);
}
