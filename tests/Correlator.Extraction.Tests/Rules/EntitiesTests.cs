using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Rules;

public sealed class EntitiesTests
{
    [Theory]
    [InlineData("وتعرضت لقاعدة عين الأسد الجوية لهجوم صاروخي أمس.")]
    [InlineData("استهدف هجوم بطائرة مسيرة عين الاسد أمس.")]
    [InlineData("A rocket attack targeted Ain al-Asad air base yesterday.")]
    [InlineData("Drones attacked Al Asad Airbase yesterday.")]
    public void A_base_resolves_to_one_id_whatever_its_prefixes_spelling_or_language(string text) =>
        Read.Single(text).Report.Base.ShouldBe("ain-al-asad");

    [Theory]
    [InlineData("وقال أبو علي العسكري في بيان إن مقاتليه استهدفوا قاعدة حرير أمس.", "kataib-hezbollah")]
    [InlineData("Qais al-Khazali's men attacked the Harir base yesterday, officials said.", "asaib-ahl-al-haq")]
    public void A_leaders_name_is_evidence_of_the_group(string text, string group) =>
        Read.Single(text).Report.Group.ShouldBe(group);

    [Fact]
    public void The_bare_Islamic_Resistance_is_the_Iraqi_one_unless_another_country_follows()
    {
        Read.Single("أعلنت المقاومة الإسلامية استهداف قاعدة حرير أمس.").Report.Group.ShouldBe("islamic-resistance-in-iraq");
        Read.Single("أعلنت المقاومة الإسلامية في لبنان استهداف قاعدة حرير أمس.").Report.Group.ShouldBeNull();
    }
}
