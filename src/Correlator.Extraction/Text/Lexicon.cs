using System.Text;
using System.Text.RegularExpressions;

namespace Correlator.Extraction.Text;

/// <summary>
/// Builds a whole-word regex over folded text from plain vocabulary. Arabic words may carry the attached
/// conjunctions و ف, the prepositions ب ل ك and the article (each word of a phrase may take the article); a trailing
/// '*' lets a stem take any ending.
/// </summary>
public static class Lexicon
{
    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public static Regex Words(params string[] phrases) => new(Alternation(phrases), Options);

    /// <summary>The alternation of phrases as a regex fragment, longest first, with word boundaries.</summary>
    public static string Alternation(IEnumerable<string> phrases)
    {
        var parts = phrases
            .Select(p => (Stem: p.EndsWith('*'), Text: FoldedText.Fold(p.TrimEnd('*'))))
            .Where(p => p.Text.Length > 0)
            .Distinct()
            .OrderByDescending(p => p.Text.Length)
            .Select(p => Part(p.Text, p.Stem));
        return @"(?<![\p{L}\p{N}])(?:" + string.Join('|', parts) + ")";
    }

    private static string Part(string folded, bool stem)
    {
        var builder = new StringBuilder();
        if (IsArabic(folded[0]))
        {
            // A definite phrase is definite in every word ("الطائرات المسيرة" for "طائرات مسيرة"): the article may lead each.
            var words = folded.Split(' ');
            var rest = string.Concat(words.Skip(1).Select(w => " " + (IsArabic(w[0]) && !w.StartsWith("ال", StringComparison.Ordinal) ? "(?:ال)?" : string.Empty) + Escape(w)));
            builder.Append(words[0].StartsWith("ال", StringComparison.Ordinal)
                ? "(?:[وف]?(?:[بك]?ال|لل))" + Escape(words[0][2..]) + rest
                : "(?:[وف]?[بلك]?(?:ال)?)" + Escape(words[0]) + rest);
        }
        else
        {
            builder.Append(Escape(folded));
        }
        builder.Append(stem ? @"\p{L}*" : @"(?![\p{L}\p{N}])");
        return builder.ToString();
    }

    private static string Escape(string folded) => Regex.Escape(folded).Replace("\\ ", " ", StringComparison.Ordinal);

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF';
}
