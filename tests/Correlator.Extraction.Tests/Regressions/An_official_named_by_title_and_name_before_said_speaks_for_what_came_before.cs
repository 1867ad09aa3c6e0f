using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing: "..., Pentagon spokesman Sabrina Singh said on Monday" gave a media tally: only four words (25
/// characters) were allowed between the official and "said", too few for a title and a name.
/// </summary>
public sealed class An_official_named_by_title_and_name_before_said_speaks_for_what_came_before
{
    [Theory]
    [InlineData("U.S. forces have been attacked at least 66 times since October 17, Pentagon spokesman Sabrina Singh said on Monday.")]
    [InlineData("U.S. forces have been attacked at least 66 times since October 17, Pentagon Press Secretary Maj. Gen. Pat Ryder said.")]
    [InlineData("U.S. forces have been attacked at least 66 times since October 17, the Pentagon's deputy press secretary told reporters.")]
    public void The_figure_is_an_official_tally(string text)
    {
        var report = Read.Single(text).Report;

        report.Kind.ShouldBe(ReportKind.OfficialTally);
        report.Tally.ShouldNotBeNull();
        report.Tally.Value.ShouldBe(66);
    }
}
