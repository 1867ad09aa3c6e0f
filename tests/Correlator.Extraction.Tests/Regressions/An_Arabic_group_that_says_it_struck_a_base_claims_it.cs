using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing: «وقالت المقاومة الإسلامية في العراق إنها استهدفت قاعدة التنف» gave a media report: a group's
/// "said" counted as a claim only in English word order (group, then "said"), not with the Arabic verb first.
/// </summary>
public sealed class An_Arabic_group_that_says_it_struck_a_base_claims_it
{
    [Theory]
    [InlineData("وقالت المقاومة الإسلامية في العراق إنها استهدفت قاعدة التنف بطائرة مسيرة اليوم.", "islamic-resistance-in-iraq")]
    [InlineData("وأكدت كتائب حزب الله أن مجاهديها قصفوا قاعدة عين الأسد بالصواريخ مساء أمس.", "kataib-hezbollah")]
    [InlineData("وذكرت حركة النجباء أنها ضربت قاعدة حرير فجر اليوم.", "harakat-al-nujaba")]
    public void The_report_is_the_groups_claim(string text, string group)
    {
        var claim = Read.Single(text).Report;

        claim.Kind.ShouldBe(ReportKind.Claim);
        claim.Group.ShouldBe(group);
        claim.Source.Type.ShouldBe(SourceType.ArmedGroup);
    }
}
