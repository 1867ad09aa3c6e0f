namespace Correlator.Domain.Entities;

/// <summary>One normalised word of a text, with the span of the original characters it came from.</summary>
internal readonly record struct NameToken(string Text, int Start, int End)
{
    public static List<NameToken> Split(string text)
    {
        var tokens = new List<NameToken>();
        var word = new System.Text.StringBuilder();
        var start = -1;
        var end = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var folded = ArabicText.Fold(text[i]);
            if (folded.Length == 0)
            {
                // A vanished mark or apostrophe still belongs to the word it sits in.
                if (start >= 0)
                {
                    end = i + 1;
                }
                continue;
            }
            foreach (var c in folded)
            {
                if (c == ' ')
                {
                    Flush();
                    continue;
                }
                if (start < 0)
                {
                    start = i;
                }
                word.Append(c);
                end = i + 1;
            }
        }
        Flush();
        return tokens;

        void Flush()
        {
            if (word.Length > 0)
            {
                tokens.Add(new NameToken(word.ToString(), start, end));
            }
            word.Clear();
            start = -1;
        }
    }

    /// <summary>The index in <paramref name="text"/> of the character that produced this token's n-th normalised letter.</summary>
    public int OriginalIndexOf(string text, int letter)
    {
        var seen = 0;
        for (var i = Start; i < End; i++)
        {
            seen += ArabicText.Fold(text[i]).Length;
            if (seen > letter)
            {
                return i;
            }
        }
        return Start;
    }
}
