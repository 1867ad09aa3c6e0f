using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing a Telegram claim pasted with a media source: «المقاومة الإسلامية في العراق: استهدف مجاهدونا ... قاعدة
/// عين الأسد» gave a media report: the group speaking of "our fighters" was not read as the group speaking.
/// </summary>
public sealed class A_group_speaking_of_our_fighters_claims_the_attack
{
    [Theory]
    [InlineData("المقاومة الإسلامية في العراق: استهدف مجاهدونا قاعدة عين الأسد بصواريخ باليستية اليوم.")]
    [InlineData("كتائب حزب الله: دك مجاهدونا قاعدة حرير بالطيران المسير فجر اليوم.")]
    [InlineData("Islamic Resistance in Iraq: our fighters struck the occupation base at Ain al-Asad with drones today.")]
    public void The_report_is_the_groups_claim(string text)
    {
        var claim = Read.Single(text).Report;

        claim.Kind.ShouldBe(ReportKind.Claim);
        claim.Source.Type.ShouldBe(SourceType.ArmedGroup);
    }
}
