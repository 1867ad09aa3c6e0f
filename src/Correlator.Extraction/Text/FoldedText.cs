using System.Globalization;
using System.Text;
using Correlator.Domain.Entities;

namespace Correlator.Extraction.Text;

/// <summary>
/// A stretch of the article folded the gazetteer's way (no diacritics, one letter per family, lower case, ASCII
/// digits, punctuation as single spaces) with a map back to the original characters, so that rules can match
/// plain vocabulary and still report exact spans.
/// </summary>
public sealed class FoldedText
{
    private static readonly string?[] Folds = new string?[char.MaxValue + 1];
    private readonly int[] origin;

    private FoldedText(string folded, int[] origin)
    {
        Value = folded;
        this.origin = origin;
    }

    /// <summary>The folded characters.</summary>
    public string Value { get; }

    public static FoldedText Of(string text, int start, int length)
    {
        var builder = new StringBuilder(length);
        var map = new List<int>(length);
        for (var i = start; i < start + length; i++)
        {
            if (IsInnerAbbreviationDot(text, i, start + length))
            {
                continue;
            }
            foreach (var c in FoldChar(text[i]))
            {
                if (c == ' ' && (builder.Length == 0 || builder[^1] == ' '))
                {
                    continue;
                }
                builder.Append(c);
                map.Add(i);
            }
        }
        return new FoldedText(builder.ToString(), [.. map]);
    }

    /// <summary>Folds a vocabulary phrase the same way the text is folded.</summary>
    public static string Fold(string phrase)
    {
        var folded = Of(phrase, 0, phrase.Length).Value;
        return folded.Trim();
    }

    /// <summary>The original span (start, length) of a folded range.</summary>
    public (int Start, int Length) Original(int foldedStart, int foldedLength)
    {
        if (origin.Length == 0)
        {
            return (0, 0);
        }
        var first = origin[Math.Clamp(foldedStart, 0, origin.Length - 1)];
        var last = origin[Math.Clamp(foldedStart + Math.Max(foldedLength, 1) - 1, 0, origin.Length - 1)];
        return (first, last - first + 1);
    }

    /// <summary>The folded index of the first character at or after an original index.</summary>
    public int FoldedAt(int originalIndex)
    {
        var index = Array.BinarySearch(origin, originalIndex);
        return index >= 0 ? index : ~index;
    }

    // "U.S." folds to "us", like "US": the dot between single capitals is not a word break.
    private static bool IsInnerAbbreviationDot(string text, int i, int end) =>
        text[i] == '.' && i > 0 && i + 2 < end && char.IsUpper(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2]))
        && char.IsUpper(text[i + 1]) && text[i + 2] == '.';

    private static string FoldChar(char c) => Folds[c] ??= Compute(c);

    private static string Compute(char c)
    {
        var folded = char.IsSurrogate(c) ? string.Empty : ArabicText.Normalize(c.ToString());
        if (folded.Length > 0)
        {
            return folded;
        }
        // A vanished diacritic or tatweel belongs to its word; anything else that vanished separated words.
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        var isMark = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format || c == '\u0640';
        return isMark ? string.Empty : " ";
    }
}
