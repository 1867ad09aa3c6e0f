using Correlator.Domain.Entities;

namespace Correlator.Domain.Tests.Entities;

public class GazetteerMentionTests
{
    private static Gazetteer Gazetteer => SeedGazetteer.Instance;

    private static string Spanned(string text, EntityMatch match) => text.Substring(match.Start, match.Length);

    [Fact]
    public void Mentions_give_ids_and_spans_in_the_original_text()
    {
        const string text = "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد بطائرة مسيرة";
        var mentions = Gazetteer.FindMentions(text);
        mentions.Select(match => match.Id).ShouldBe(["islamic-resistance-in-iraq", "ain-al-asad"]);
        mentions.Select(match => Spanned(text, match)).ShouldBe(["المقاومة الإسلامية في العراق", "قاعدة عين الأسد"]);
        mentions[0].Kind.ShouldBe(EntityKind.Group);
        mentions[1].Kind.ShouldBe(EntityKind.Base);
    }

    [Fact]
    public void Attached_prefixes_are_tolerated_and_left_out_of_the_span()
    {
        const string text = "استهدفنا بالتنف ثم لقاعدة عين الأسد والحرير وللشدادي";
        var mentions = Gazetteer.FindMentions(text);
        mentions.Select(match => match.Id).ShouldBe(["al-tanf", "ain-al-asad", "harir", "al-shaddadi"]);
        mentions.Select(match => Spanned(text, match)).ShouldBe(["التنف", "قاعدة عين الأسد", "الحرير", "لشدادي"]);
    }

    [Fact]
    public void Diacritics_and_quotes_inside_a_name_stay_within_its_span()
    {
        const string text = "بيان كتائب “حزب الله” عن عَيْنِ الأَسَدِ";
        var mentions = Gazetteer.FindMentions(text);
        mentions.Select(match => match.Id).ShouldBe(["kataib-hezbollah", "ain-al-asad"]);
        mentions.Select(match => Spanned(text, match)).ShouldBe(["كتائب “حزب الله", "عَيْنِ الأَسَدِ"]);
    }

    [Fact]
    public void The_longest_name_wins_where_names_overlap()
    {
        const string text = "Statement of Kataib Hezbollah Iraq on the Tower 22 strike";
        var mentions = Gazetteer.FindMentions(text);
        mentions.Select(match => (match.Id, match.MatchedName, Spanned(text, match))).ShouldBe([
            ("kataib-hezbollah", "Kataib Hezbollah Iraq", "Kataib Hezbollah Iraq"),
            ("tower-22", "Tower 22", "Tower 22"),
        ]);
    }

    [Fact]
    public void English_names_match_with_or_without_the_article_and_apostrophes()
    {
        const string text = "Kata'ib Hizballah hit al-Tanf and Ain Al-Asad";
        Gazetteer.FindMentions(text).Select(match => Spanned(text, match)).ShouldBe(["Kata'ib Hizballah", "Tanf", "Ain Al-Asad"]);
    }

    [Fact]
    public void Words_never_match_in_part()
    {
        Gazetteer.FindMentions("Tanfield and KHAN and Harirville").ShouldBeEmpty();
        Gazetteer.FindMentions("عين الأسدية").ShouldBeEmpty();
    }

    [Fact]
    public void A_front_is_reported_as_the_group_it_fronts_for()
    {
        const string text = "تبنى تشكيل الوارثين الهجوم";
        var mention = Gazetteer.FindMentions(text).ShouldHaveSingleItem();
        mention.Id.ShouldBe("kataib-hezbollah");
        mention.MatchedName.ShouldBe("تشكيل الوارثين");
    }

    [Fact]
    public void Every_seed_article_names_at_least_one_entity()
    {
        var articles = Directory.GetFiles(SeedDirectory("articles"), "*.txt");
        articles.ShouldNotBeEmpty();
        foreach (var article in articles)
        {
            Gazetteer.FindMentions(File.ReadAllText(article)).ShouldNotBeEmpty(article);
        }
    }

    private static string SeedDirectory(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "seeds", name);
            if (Directory.Exists(path))
            {
                return path;
            }
        }
        throw new DirectoryNotFoundException("seeds/" + name);
    }
}
