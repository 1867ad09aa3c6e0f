using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing a local Syrian report: «استهدفت صواريخ مجهولة المصدر القاعدة الأمريكية في حقل كونيكو» gave no
/// weapon: «المصدر» (of unknown source) was taken for a media source speaking, and the rockets before it fell outside
/// its words.
/// </summary>
public sealed class Rockets_of_unknown_source_name_no_speaker
{
    [Theory]
    [InlineData("استهدفت صواريخ مجهولة المصدر القاعدة الأمريكية في حقل كونيكو بريف دير الزور فجر اليوم.", "conoco", Weapon.Rocket)]
    [InlineData("سقطت قذائف هاون مجهولة المصدر قرب قاعدة حرير مساء أمس.", "harir", Weapon.Mortar)]
    [InlineData("Rockets of unknown source struck near Ain al-Asad air base on Monday.", "ain-al-asad", Weapon.Rocket)]
    public void The_weapon_is_the_attacks(string text, string baseId, Weapon weapon)
    {
        var candidate = Read.Single(text);

        candidate.Report.Base.ShouldBe(baseId);
        candidate.Report.Weapon.ShouldBe(weapon);
        candidate.Rules.ShouldNotContain("Speakers.Media");
    }
}
