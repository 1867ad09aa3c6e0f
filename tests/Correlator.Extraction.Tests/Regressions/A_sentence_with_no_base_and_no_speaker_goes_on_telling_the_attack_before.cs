using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing: "A drone struck near Erbil air base on Monday, the Pentagon said. No U.S. personnel were injured and
/// there was no damage." gave the attack without its outcome: the second sentence names neither base nor speaker, so
/// nothing took it.
/// </summary>
public sealed class A_sentence_with_no_base_and_no_speaker_goes_on_telling_the_attack_before
{
    [Theory]
    [InlineData("A drone struck near Erbil air base on Monday, the Pentagon said. No U.S. personnel were injured and there was no damage.")]
    [InlineData("سقطت طائرة مسيرة قرب قاعدة أربيل يوم الاثنين، بحسب البنتاغون. ولم تسفر عن أضرار أو إصابات.")]
    public void The_attack_has_its_outcome(string text)
    {
        var report = Read.Single(text).Report;

        report.Base.ShouldBe("erbil-air-base");
        report.Outcome.ShouldBe(Outcome.NoDamage);
        report.Casualties.ShouldNotBeNull();
        report.Casualties.Injured.ShouldBe(0);
    }

    [Fact]
    public void A_new_paragraph_tells_something_else() =>
        Read.Single("A drone struck near Erbil air base on Monday, the Pentagon said.\n\nThere was no damage at the embassy.").Report.Outcome.ShouldBeNull();
}
