using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing: «مصدر أمني: لا صحة للأنباء عن استهداف قاعدة عين الأسد اليوم» (no truth to the reports of an attack)
/// gave a media report of the attack: only verbs of denial (نفى، denied) were read as denial.
/// </summary>
public sealed class No_truth_to_reports_of_an_attack_is_a_denial
{
    [Theory]
    [InlineData("مصدر أمني: لا صحة للأنباء عن استهداف قاعدة عين الأسد اليوم.")]
    [InlineData("وقال مصدر أمني إن الأنباء عن قصف قاعدة حرير اليوم عارية عن الصحة.")]
    [InlineData("A security source said there was no truth to reports that Ain al-Asad was attacked today.")]
    [InlineData("Officials said reports of a rocket attack on Harir base today were untrue.")]
    public void No_attack_is_reported(string text) =>
        Read.Article(text).Candidates.ShouldBeEmpty();
}
