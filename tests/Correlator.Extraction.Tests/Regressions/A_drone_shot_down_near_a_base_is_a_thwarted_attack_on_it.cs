using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing: «أسقطت الدفاعات الجوية طائرة مسيرة قرب قاعدة عين الأسد» gave nothing: shooting down was read as an
/// outcome but not as an attack, so a drone downed near a base was no report at all.
/// </summary>
public sealed class A_drone_shot_down_near_a_base_is_a_thwarted_attack_on_it
{
    [Theory]
    [InlineData("قالت مصادر أمنية إن الدفاعات الجوية أسقطت طائرة مسيرة قرب قاعدة عين الأسد غربي العراق، فجر اليوم الثلاثاء.", "ain-al-asad")]
    [InlineData("وأفادت مصادر بأن الدفاعات الجوية الأمريكية تمكنت من إسقاط مسيرتين قرب حقل العمر النفطي مساء أمس.", "al-omar")]
    [InlineData("Coalition air defenses shot down a drone approaching al-Tanf garrison in southern Syria on Tuesday, a U.S. official said.", "al-tanf")]
    [InlineData("A one-way attack drone was downed near Erbil air base late on Monday, officials said.", "erbil-air-base")]
    public void The_report_is_an_intercepted_drone_attack_on_that_base(string text, string baseId)
    {
        var report = Read.Single(text, published: "2023-11-21").Report;

        report.Base.ShouldBe(baseId);
        report.Weapon.ShouldBe(Weapon.Drone);
        report.Outcome.ShouldBe(Outcome.Intercepted);
        report.Tally.ShouldBeNull();
    }
}
