using Correlator.Domain.Entities;

namespace Correlator.Domain.Tests.Entities;

public class GazetteerParseTests
{
    private const string Base = """{"id":"x-base","name":"X","nameAr":"اكس","aliases":[],"country":"iraq","latitude":33,"longitude":44}""";

    [Fact]
    public void The_seed_file_has_every_id_other_projects_depend_on()
    {
        var gazetteer = SeedGazetteer.Instance;
        string[] bases = ["ain-al-asad", "erbil-air-base", "harir", "victory", "baghdad-diplomatic-support-center",
            "us-embassy-baghdad", "al-tanf", "rukban", "al-shaddadi", "conoco", "al-omar", "green-village",
            "kharab-al-jir", "rumeilan", "tal-baydar", "qasrak", "tower-22", "muwaffaq-salti"];
        string[] groups = ["islamic-resistance-in-iraq", "kataib-hezbollah", "harakat-al-nujaba",
            "kataib-sayyid-al-shuhada", "asaib-ahl-al-haq", "harakat-ansar-allah-al-awfiya"];
        bases.ShouldAllBe(id => gazetteer.FindBase(id) != null);
        groups.ShouldAllBe(id => gazetteer.FindGroup(id) != null);
    }

    [Fact]
    public void ToJson_round_trips()
    {
        var gazetteer = SeedGazetteer.Instance;
        var again = Gazetteer.Parse(gazetteer.ToJson());
        again.ToJson().ShouldBe(gazetteer.ToJson());
        again.Bases.Count.ShouldBe(gazetteer.Bases.Count);
        again.FindGroup("kataib-hezbollah")!.Leaders.ShouldBe(gazetteer.FindGroup("kataib-hezbollah")!.Leaders);
        again.FindBase("tower-22")!.Country.ShouldBe(Reports.Region.Jordan);
    }

    [Fact]
    public void ToJson_writes_camel_case_fields_and_country_names()
    {
        var json = SeedGazetteer.Instance.ToJson();
        json.ShouldContain("\"nameAr\": \"قاعدة عين الأسد\"");
        json.ShouldContain("\"country\": \"jordan\"");
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("null", "null")]
    [InlineData("""{"bases":[{"id":"x-base","name":"X","nameAr":"اكس","country":"iraq","latitude":33}]}""", "longitude")]
    [InlineData("""{"bases":[{"id":"x-base","nameAr":"اكس","country":"iraq","latitude":33,"longitude":44}]}""", "name")]
    [InlineData("""{"bases":[{"id":"x-base","name":"X","nameAr":"اكس","country":"lebanon","latitude":33,"longitude":44}]}""", "country")]
    [InlineData("""{"bases":[{"id":"x-base","name":"X","nameAr":"اكس","country":"iraq","lattitude":33,"longitude":44}]}""", "lattitude")]
    [InlineData("""{"bases":[{"id":"X Base","name":"X","nameAr":"اكس","country":"iraq","latitude":33,"longitude":44}]}""", "slug")]
    [InlineData("""{"bases":[{"id":"x-base","name":"X","nameAr":"اكس","country":"iraq","latitude":91,"longitude":44}]}""", "latitude 91")]
    [InlineData("""{"bases":[""" + Base + "," + Base + "]}", "twice")]
    [InlineData("""{"groups":[{"id":"g","name":"G","nameAr":"ج","umbrella":"missing"}]}""", "umbrella 'missing'")]
    [InlineData("""{"groups":[{"id":"g","name":"G","nameAr":"ج"},{"id":"h","name":"H","nameAr":"ج"}]}""", "already designates 'g'")]
    public void Parse_explains_what_is_wrong(string json, string complaint) =>
        Should.Throw<FormatException>(() => Gazetteer.Parse(json)).Message.ShouldContain(complaint);

    [Fact]
    public void Parse_accepts_a_minimal_document()
    {
        var gazetteer = Gazetteer.Parse("""{"bases":[""" + Base + "]}");
        gazetteer.ResolveBase("x").ShouldBe("x-base");
        gazetteer.Groups.ShouldBeEmpty();
    }
}
