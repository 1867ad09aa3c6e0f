using Correlator.Extraction.Text;

namespace Correlator.Extraction.Tests.Rules;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) => [.. SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length))];

    [Fact]
    public void Arabic_and_Latin_end_marks_and_line_breaks_end_sentences()
    {
        Split("هل استهدفت القاعدة؟ نعم، أعلنت الفصائل ذلك؛ وقال مسؤول إنه لا إصابات.\nThe base was hit! Officials agreed.")
            .ShouldBe(["هل استهدفت القاعدة؟", "نعم، أعلنت الفصائل ذلك؛", "وقال مسؤول إنه لا إصابات.", "The base was hit!", "Officials agreed."]);
    }

    [Fact]
    public void Initials_and_decimals_do_not_end_a_sentence_and_closing_quotes_stay()
    {
        Split("U.S. forces counted 6.5 hours. He said \"it failed.\" Then Lloyd J. Austin spoke.")
            .ShouldBe(["U.S. forces counted 6.5 hours.", "He said \"it failed.\"", "Then Lloyd J. Austin spoke."]);
    }

    [Fact]
    public void A_blank_line_starts_a_new_paragraph()
    {
        var sentences = SentenceSplitter.Split("الأول. الثاني.\n\nالثالث.");

        sentences.Select(s => s.Paragraph).Distinct().Count().ShouldBe(2);
        sentences[0].Paragraph.ShouldBe(sentences[1].Paragraph);
    }

    [Fact]
    public void A_run_without_end_marks_is_cut_at_spaces_into_bounded_sentences()
    {
        var text = string.Concat(Enumerable.Repeat("استهداف قاعدة عين الأسد ", 500));

        var sentences = SentenceSplitter.Split(text);

        sentences.ShouldAllBe(s => s.Length <= SentenceSplitter.MaxSentenceLength);
        string.Concat(sentences.Select(s => text.Substring(s.Start, s.Length))).Replace(" ", "").ShouldBe(text.Replace(" ", ""));
    }
}
