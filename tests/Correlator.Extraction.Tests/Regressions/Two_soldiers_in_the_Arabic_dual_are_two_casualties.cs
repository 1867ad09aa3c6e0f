using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing: «وأسفر الهجوم عن إصابة جنديين أمريكيين بجروح طفيفة» (two soldiers hurt, in the dual) gave no
/// casualties: only figures written as numbers were read.
/// </summary>
public sealed class Two_soldiers_in_the_Arabic_dual_are_two_casualties
{
    [Theory]
    [InlineData("استهدفت طائرة مسيرة قاعدة التنف يوم الاثنين، وأسفر الهجوم عن إصابة جنديين أمريكيين بجروح طفيفة، بحسب مسؤول أمريكي.", null, 2)]
    [InlineData("سقط صاروخ على قاعدة حرير يوم الاثنين ما أدى إلى مقتل جنديين.", 2, null)]
    [InlineData("أسفر قصف قاعدة عين الأسد يوم الاثنين عن سقوط جريحين.", null, 2)]
    public void The_attack_has_two_casualties(string text, int? killed, int? injured)
    {
        var casualties = Read.Single(text).Report.Casualties;

        casualties.ShouldNotBeNull();
        casualties.Killed.ShouldBe(killed);
        casualties.Injured.ShouldBe(injured);
    }
}
