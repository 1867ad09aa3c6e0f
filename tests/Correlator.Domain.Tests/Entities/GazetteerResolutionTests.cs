using Correlator.Domain.Entities;

namespace Correlator.Domain.Tests.Entities;

public class GazetteerResolutionTests
{
    private static Gazetteer Gazetteer => SeedGazetteer.Instance;

    [Theory]
    [InlineData("عين الأسد")]
    [InlineData("عين الاسد")]
    [InlineData("عَيْن الأَسَد")]
    [InlineData("قاعدة عين الأسد")]
    [InlineData("القاعدة الجوية عين الأسد")]
    [InlineData("لقاعدة عين الأسد")]
    [InlineData("#عين_الأسد")]
    [InlineData("Ain al-Asad air base")]
    [InlineData("Ain al-Asad airbase")]
    [InlineData("AIN AL ASAD")]
    [InlineData("Al Asad")]
    [InlineData("Al-Asad Air Base")]
    [InlineData("ain-al-asad")]
    public void Every_spelling_of_ain_al_asad_resolves_to_its_id(string name) =>
        Gazetteer.ResolveBase(name).ShouldBe("ain-al-asad");

    [Theory]
    [InlineData("بالتنف", "al-tanf")]
    [InlineData("التنف", "al-tanf")]
    [InlineData("Tanf", "al-tanf")]
    [InlineData("al-Tanf garrison", "al-tanf")]
    [InlineData("والحرير", "harir")]
    [InlineData("قاعدة حرير", "harir")]
    [InlineData("Victory", "victory")]
    [InlineData("قاعدة فيكتوريا", "victory")]
    [InlineData("مجمع الدعم الدبلوماسي", "baghdad-diplomatic-support-center")]
    [InlineData("حقل العمر", "al-omar")]
    [InlineData("Omar oil field", "al-omar")]
    [InlineData("مطار خراب الجير", "kharab-al-jir")]
    [InlineData("رميلان", "rumeilan")]
    [InlineData("تل بيدر", "tal-baydar")]
    [InlineData("قسرك", "qasrak")]
    [InlineData("Tower 22", "tower-22")]
    [InlineData("البرج ٢٢", "tower-22")]
    [InlineData("قاعدة الاحتلال الأمريكي المجاورة لمطار أربيل", "erbil-air-base")]
    [InlineData("Erbil", "erbil-air-base")]
    [InlineData("كونيكو", "conoco")]
    public void Bases_resolve_in_both_languages_with_prefixes_and_generic_words(string name, string id) =>
        Gazetteer.ResolveBase(name).ShouldBe(id);

    [Theory]
    [InlineData("كتائب حزب الله", "kataib-hezbollah")]
    [InlineData("كتائب حزب الله العراقي", "kataib-hezbollah")]
    [InlineData("Kata'ib Hizballah", "kataib-hezbollah")]
    [InlineData("Kataib Hizbollah", "kataib-hezbollah")]
    [InlineData("KH", "kataib-hezbollah")]
    [InlineData("أصحاب الكهف", "kataib-hezbollah")]
    [InlineData("Saraya Awliya al-Dam", "kataib-hezbollah")]
    [InlineData("المقاومة الإسلامية في العراق", "islamic-resistance-in-iraq")]
    [InlineData("IRI", "islamic-resistance-in-iraq")]
    [InlineData("Nujabaa", "harakat-al-nujaba")]
    [InlineData("حركة النجباء", "harakat-al-nujaba")]
    [InlineData("KSS", "kataib-sayyid-al-shuhada")]
    [InlineData("وكتائب سيد الشهداء", "kataib-sayyid-al-shuhada")]
    [InlineData("AAH", "asaib-ahl-al-haq")]
    [InlineData("عصائب أهل الحق", "asaib-ahl-al-haq")]
    [InlineData("حركة أنصار الله الأوفياء", "harakat-ansar-allah-al-awfiya")]
    [InlineData("harakat-al-nujaba", "harakat-al-nujaba")]
    public void Groups_resolve_from_names_aliases_fronts_and_abbreviations(string name, string id) =>
        Gazetteer.ResolveGroup(name).ShouldBe(id);

    [Theory]
    [InlineData("Pentagon")]
    [InlineData("")]
    [InlineData("قاعدة")]
    [InlineData("Ain al-Asad Anbar")]
    [InlineData("Kataib")]
    public void Unknown_or_partial_names_do_not_resolve(string name) =>
        Gazetteer.ResolveBase(name).ShouldBeNull();

    [Fact]
    public void A_base_name_does_not_resolve_as_a_group() =>
        Gazetteer.ResolveGroup("عين الأسد").ShouldBeNull();

    [Fact]
    public void Nearest_base_names_put_a_misspelling_first_in_the_script_of_the_query()
    {
        Gazetteer.NearestBaseNames("Ain al-Asaad").First().ShouldBe("Ain al-Asad Air Base");
        Gazetteer.NearestBaseNames("عين الاسود").First().ShouldBe("قاعدة عين الأسد");
        Gazetteer.NearestBaseNames("Shadaddi", 3).ShouldSatisfyAllConditions(
            names => names.Count.ShouldBe(3),
            names => names[0].ShouldBe("Al-Shaddadi Base"));
    }

    [Fact]
    public void Nearest_group_names_are_distinct_display_names()
    {
        var names = Gazetteer.NearestGroupNames("Kataib Hezbolla", 10);
        names[0].ShouldBe("Kataib Hezbollah");
        names.ShouldBeUnique();
        names.Count.ShouldBe(Gazetteer.Groups.Count);
    }

    [Fact]
    public void Nearest_names_of_nothing_are_empty() =>
        Gazetteer.NearestBaseNames("Tanf", 0).ShouldBeEmpty();
}
