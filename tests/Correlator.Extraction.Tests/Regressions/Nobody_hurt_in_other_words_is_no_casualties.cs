using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing: «ولم تسجل أي إصابات» (no injuries were recorded) and "No U.S. personnel were injured" gave no
/// casualties: only "no injuries", «لم يسفر عن إصابات» and their kin were read.
/// </summary>
public sealed class Nobody_hurt_in_other_words_is_no_casualties
{
    [Theory]
    [InlineData("سقطت ثلاثة صواريخ على قاعدة عين الأسد مساء الاثنين، ولم تسجل أي إصابات في صفوف القوات الأمريكية، وفق مسؤول عسكري أمريكي.", 0, 0)]
    [InlineData("A drone struck near Erbil air base on Monday and no U.S. personnel were injured, the Pentagon said.", null, 0)]
    [InlineData("Rockets hit Harir base on Monday; no American troops were killed, officials said.", 0, null)]
    public void The_casualties_are_none(string text, int? killed, int? injured)
    {
        var casualties = Read.Single(text).Report.Casualties;

        casualties.ShouldNotBeNull();
        casualties.Killed.ShouldBe(killed);
        casualties.Injured.ShouldBe(injured);
    }
}
