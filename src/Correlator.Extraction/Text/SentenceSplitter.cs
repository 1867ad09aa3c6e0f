namespace Correlator.Extraction.Text;

/// <summary>
/// Splits an article into sentences at Latin and Arabic end punctuation (. ! ? ؟ ; ؛) and at line breaks; a blank
/// line or a line break starts a new paragraph. A full stop inside a number (6.5) or after a single capital
/// letter (an initial, U.S.) or before a lower-case word, a comma or a bracket does not end a sentence. Closing
/// quotes stay with their sentence.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>
    /// Longer runs without an end mark (lists, pasted tables, junk) are cut at a space: no real sentence is this
    /// long, and it keeps the rules' work per sentence bounded whatever is pasted.
    /// </summary>
    public const int MaxSentenceLength = 1_000;

    private const string Closers = "\"'”’»)]";

    // Abbreviations that end in a full stop mid-sentence ("since Oct. 17", "Gen. Ryder").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "brig", "sen", "rep", "gov", "st", "no", "vs", "approx",
    };

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length)
            {
                Add(start, i);
                break;
            }
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(start, i);
                paragraph++;
                start = i + 1;
                continue;
            }
            if (!EndsSentence(text, i))
            {
                continue;
            }
            var end = i + 1;
            while (end < text.Length && Closers.Contains(text[end]))
            {
                end++;
            }
            Add(start, end);
            start = end;
            i = end - 1;
        }
        return sentences;

        void Add(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(text[from]))
            {
                from++;
            }
            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }
            while (to - from > MaxSentenceLength)
            {
                var cut = text.LastIndexOf(' ', from + MaxSentenceLength, MaxSentenceLength / 2);
                cut = cut > from ? cut : from + MaxSentenceLength;
                Add(from, cut);
                from = cut;
                while (from < to && char.IsWhiteSpace(text[from]))
                {
                    from++;
                }
            }
            if (to > from)
            {
                sentences.Add(new Sentence(sentences.Count, paragraph, from, to - from, FoldedText.Of(text, from, to - from)));
            }
        }
    }

    private static string WordBefore(string text, int i)
    {
        var from = i;
        while (from > 0 && char.IsLetter(text[from - 1]))
        {
            from--;
        }
        return text[from..i];
    }

    private static bool EndsSentence(string text, int i)
    {
        var c = text[i];
        if (c is '!' or '?' or '؟' or ';' or '؛')
        {
            return true;
        }
        if (c != '.')
        {
            return false;
        }
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        if (char.IsDigit(next) || char.IsLetter(next) && char.IsLower(next))
        {
            return false;
        }
        // "6:30 p.m. (Baghdad time)", "a.m., local time", "the U.S. military": a sentence never starts in lower case
        // or with a comma or a bracket.
        var after = i + 1;
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }
        if (after < text.Length && (text[after] is '(' or ',' || char.IsLetter(text[after]) && char.IsLower(text[after])))
        {
            return false;
        }
        var isInitial = i >= 1 && char.IsUpper(text[i - 1]) && (i == 1 || !char.IsLetter(text[i - 2]));
        return !isInitial && !Abbreviations.Contains(WordBefore(text, i));
    }
}
