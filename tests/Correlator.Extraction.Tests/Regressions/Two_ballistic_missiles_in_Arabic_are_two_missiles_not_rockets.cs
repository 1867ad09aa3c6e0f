using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing with a new claim: «بصاروخين باليستيين» (with two ballistic missiles) gave two rockets: the dual of
/// the ballistic missile was missing, so the dual «صاروخين» alone was read.
/// </summary>
public sealed class Two_ballistic_missiles_in_Arabic_are_two_missiles_not_rockets
{
    [Theory]
    [InlineData("المقاومة الإسلامية في العراق تعلن استهداف قاعدة عين الأسد الجوية بصاروخين باليستيين مساء أمس.")]
    [InlineData("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير بصاروخين بالستيين فجر اليوم.")]
    [InlineData("وقالت المقاومة الإسلامية في العراق إنها استهدفت قاعدة التنف بصاروخي كروز اليوم.")]
    public void The_claim_names_two_missiles(string text)
    {
        var claim = Read.Single(text).Report;

        claim.Kind.ShouldBe(ReportKind.Claim);
        claim.Weapon.ShouldBe(Weapon.Missile);
        claim.WeaponCount.ShouldBe(2);
    }
}
