using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing a local Syrian report: «سقطت قذيفتا هاون في محيط قاعدة رميلان» (two mortar shells, the construct
/// dual) gave one uncounted mortar: only the singular «قذيفة هاون» was known.
/// </summary>
public sealed class Two_mortar_shells_in_the_Arabic_construct_dual_are_two_mortars
{
    [Theory]
    [InlineData("سقطت قذيفتا هاون في محيط قاعدة رميلان في ريف الحسكة اليوم.")]
    [InlineData("استهدف مسلحون قاعدة رميلان بقذيفتي هاون اليوم.")]
    [InlineData("أطلق مجهولون قذيفتين هاون على قاعدة رميلان اليوم.")]
    public void The_report_counts_two_mortars(string text)
    {
        var report = Read.Single(text).Report;

        report.Base.ShouldBe("rumeilan");
        report.Weapon.ShouldBe(Weapon.Mortar);
        report.WeaponCount.ShouldBe(2);
    }
}
