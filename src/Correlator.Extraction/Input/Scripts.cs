namespace Correlator.Extraction.Input;

/// <summary>Which scripts a text is written in, by counting letters; the extractor reads Arabic and English.</summary>
public static class Scripts
{
    public static ScriptCounts Count(string text)
    {
        int arabic = 0, latin = 0, other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                arabic++;
            }
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F')
            {
                latin++;
            }
            else
            {
                other++;
            }
        }
        return new ScriptCounts(arabic, latin, other);
    }

    /// <summary>"ar" when Arabic letters outnumber Latin ones, else "en".</summary>
    public static string Guess(string text)
    {
        var counts = Count(text);
        return counts.Arabic >= counts.Latin ? "ar" : "en";
    }
}
