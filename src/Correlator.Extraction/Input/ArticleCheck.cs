using System.Text;
using System.Text.RegularExpressions;

namespace Correlator.Extraction.Input;

/// <summary>
/// Decides whether an article can be read and prepares its text: empty or over-long text is refused, HTML is
/// stripped to text, invisible controls and bidirectional overrides (which reports may not carry) are removed, and
/// text in neither Arabic nor English is refused rather than read wrongly. Mixed scripts are read, with a warning.
/// </summary>
public static class ArticleCheck
{
    private static readonly Regex EnglishWords = new(@"\b(?:the|and|of|to|in|on|was|were|said|attack|attacks|base|with|for|by|at|from)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static (ArticleInput? Input, ArticleRefusal? Refusal) Check(string? text, string? language, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, new ArticleRefusal(RefusalKind.Empty, "text", "is empty: paste the article's text"));
        }
        if (text.Length > maxLength)
        {
            return (null, new ArticleRefusal(RefusalKind.TooLong, "text", $"is {text.Length:N0} characters long; the limit is {maxLength:N0}: send one article at a time"));
        }
        if (language is not null && language is not ("ar" or "en"))
        {
            return (null, new ArticleRefusal(RefusalKind.UnsupportedLanguage, "language", $"'{language}' is not read here: use 'ar' or 'en', or leave it out"));
        }
        var warnings = new List<string>();
        var clean = text;
        if (Html.Looks(clean))
        {
            clean = Html.Strip(clean);
            warnings.Add("The text was HTML: tags were stripped, and spans refer to the stripped text returned with the answer.");
        }
        var visible = RemoveInvisible(clean);
        if (visible.Length != clean.Length)
        {
            warnings.Add($"{clean.Length - visible.Length} invisible control or direction-override character(s) were removed.");
            clean = visible;
        }
        var counts = Scripts.Count(clean);
        if (counts.Arabic + counts.Latin == 0)
        {
            return (null, new ArticleRefusal(RefusalKind.UnsupportedLanguage, "text",
                counts.Letters == 0 ? "has no letters to read" : "is in neither Arabic nor English: only those two are read"));
        }
        if (counts.Other > (counts.Arabic + counts.Latin) / 2)
        {
            return (null, new ArticleRefusal(RefusalKind.UnsupportedLanguage, "text", "is mostly in a script other than Arabic or Latin: only Arabic and English are read"));
        }
        var guessed = counts.Arabic >= counts.Latin ? "ar" : "en";
        if (guessed == "en" && language != "en" && LooksForeign(clean))
        {
            return (null, new ArticleRefusal(RefusalKind.UnsupportedLanguage, "text", "is in Latin script but does not read as English: only Arabic and English are read"));
        }
        if (counts.Arabic > 0 && counts.Latin > 0 && Math.Min(counts.Arabic, counts.Latin) * 5 > counts.Letters)
        {
            warnings.Add("The text mixes Arabic and Latin script substantially: both vocabularies are applied.");
        }
        if (counts.Other > 0 && counts.Other * 20 > counts.Letters)
        {
            warnings.Add($"{counts.Other} letter(s) in scripts other than Arabic and Latin were not read.");
        }
        if (language is not null && language != guessed)
        {
            warnings.Add($"The text reads as '{guessed}' although '{language}' was given; '{language}' is kept on the reports.");
        }
        return (new ArticleInput(clean, language ?? guessed, !ReferenceEquals(clean, text), warnings), null);
    }

    private static bool LooksForeign(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 20 && EnglishWords.Matches(text).Count * 25 < words;
    }

    private static string RemoveInvisible(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var isOverride = c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
            if (isOverride || char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                continue;
            }
            builder.Append(c);
        }
        return builder.Length == text.Length ? text : builder.ToString();
    }
}
