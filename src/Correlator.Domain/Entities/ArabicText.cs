using System.Globalization;
using System.Text;

namespace Correlator.Domain.Entities;

/// <summary>
/// Folds Arabic and Latin text to one comparable form: no diacritics, one letter per family, lower case,
/// ASCII digits, words separated by single spaces. Every name comparison in the gazetteer goes through it.
/// </summary>
public static class ArabicText
{
    // Folding is per character, so each result is computed once and reused; the table is filled lazily
    // (a race only computes the same immutable string twice).
    private static readonly string?[] Folds = new string?[char.MaxValue + 1];

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var token in NameToken.Split(text))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            builder.Append(token.Text);
        }
        return builder.ToString();
    }

    /// <summary>True for letters of the Arabic block, where attached prefixes and the article apply.</summary>
    internal static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF';

    /// <summary>The folded form of one character: empty when it vanishes, " " when it separates words.</summary>
    internal static string Fold(char c) => Folds[c] ??= FoldToFixedPoint(c);

    private static string FoldToFixedPoint(char c)
    {
        if (char.IsSurrogate(c))
        {
            return " ";
        }
        // Folding a folded character must change nothing (Normalize is idempotent), so fold until stable.
        var folded = FoldOnce(c.ToString());
        for (var round = 0; round < 4; round++)
        {
            var again = FoldOnce(folded);
            if (again == folded)
            {
                break;
            }
            folded = again;
        }
        return folded;
    }

    private static string FoldOnce(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            var mapped = Map(char.ToLowerInvariant(c));
            if (mapped is not null && !(mapped == ' ' && builder.Length > 0 && builder[^1] == ' '))
            {
                builder.Append(mapped.Value);
            }
        }
        return builder.ToString();
    }

    // Null drops the character; ' ' marks a word break. Compatibility decomposition has already split
    // hamza and madda off the alef, waw and ya forms, so they fall out here as combining marks.
    private static char? Map(char c)
    {
        switch (c)
        {
            case '\'' or '`' or '\u00B4' or '\u2018' or '\u2019' or '\u02BB' or '\u02BC' or '\u02BE' or '\u02BF':
            case '\u0640': // tatweel stretches a word, it is not a letter
                return null;
            case '\u0622' or '\u0623' or '\u0625' or '\u0671' or '\u0672' or '\u0673':
                return '\u0627';
            case '\u0629':
                return '\u0647';
            case '\u0649' or '\u06CC' or '\u0626':
                return '\u064A';
            case '\u0624':
                return '\u0648';
            case '\u06A9':
                return '\u0643';
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return null;
        }
        if (char.IsDigit(c))
        {
            return (char)('0' + (int)char.GetNumericValue(c));
        }
        return char.IsLetter(c) ? c : ' ';
    }
}
