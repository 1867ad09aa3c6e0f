using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Correlator.Extraction.Tests;

/// <summary>Texts assembled from the pieces the rules read, in any order, with any publication date.</summary>
public sealed class ExtractionRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "Ain al-Asad", "قاعدة عين الأسد", "al-Tanf", "حقل العمر", "Tower 22", "البرج 22", "Kataib Hezbollah", "المقاومة الإسلامية في العراق",
        "attacked", "استهدف", "shot down", "أسقطت", "claimed", "تبنت", "said", "قال", "denied", "نفى", "the Pentagon", "البنتاغون",
        "He said", "وأضاف", "بيان صادر عن", "statement",
        "0", "1", "17", "99999999", "2147483648", "٣", "٤٥", "three", "ثلاث", "twenty one", "at least", "أكثر من", "up from", "from", "to", "إلى", "بعد أن كان",
        "times", "attacks", "هجوما", "wounded", "injured", "killed", "قتلى", "personnel", "جنديا", "the number of", "عدد", "toll",
        "drones", "طائرتين مسيرتين", "صاروخين باليستيين", "rockets", "الطائرات المسيرة", "attack drone",
        "on Monday", "يوم الاثنين", "yesterday", "أمس", "today", "اليوم", "since October 17", "منذ 17 تشرين الأول", "February 30", "31 December 9999",
        "1 January 0001", "in the past 0 days", "in the last 40000 days", "the same day", "last week", "at 11 pm", "مساء", "الساعة 25",
        "مئة وخمسين", "one hundred and fifty", "السابع عشر من تشرين الأول", "2024/1/20", "31-2-2024", "جنديين", "wounded more than",
        "لا صحة", "عارية عن الصحة", "no U.S. personnel were injured", "6:30 p.m.", "a drone swarm", "قذيفتا هاون", "attacks now stand at",
        "in Iraq", "in Syria", "و4 في سوريا", "in Iraq, Syria and Jordan", "no damage", "دون أضرار", "direct hit",
        ",", "،", ".", ":", "(", ")", "\n", "\n\n", "—", "\"", "«", "»", "?", "؟", " ",
    ];

    [Fact]
    public void Any_text_of_known_pieces_is_read_without_an_exception_and_quotes_itself()
    {
        var extractor = new ArticleExtractor(Repo.Gazetteer);
        var text = Gen.Elements(Pieces).ListOf().Select(p => string.Join(' ', p));
        // Mostly days around the war, sometimes any day from the year 1 to 9999, or none.
        var published = Gen.Frequency(
            (4, Gen.Choose(-400, 400).Select(d => (DateTimeOffset?)new DateTimeOffset(2023, 11, 20, 0, 0, 0, TimeSpan.Zero).AddDays(d))),
            (1, Gen.Choose(-738_000, 2_913_000).Select(d => (DateTimeOffset?)new DateTimeOffset(2023, 11, 20, 0, 0, 0, TimeSpan.Zero).AddDays(d))),
            (1, Gen.Elements<DateTimeOffset?>(null, DateTimeOffset.MinValue, DateTimeOffset.MaxValue)));
        Prop.ForAll(text.ToArbitrary(), published.ToArbitrary(), (body, day) =>
        {
            if (body.Trim().Length == 0)
            {
                return;
            }
            var extraction = extractor.Extract(new Article(body, new Source("Test Wire", SourceType.Media, null, day)));

            extraction.Candidates.ShouldAllBe(c => c.Start >= 0 && c.Start + c.Length <= body.Length && c.Quote == body.Substring(c.Start, c.Length));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1500));
    }
}
