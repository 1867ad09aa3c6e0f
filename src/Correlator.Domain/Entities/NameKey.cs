namespace Correlator.Domain.Entities;

/// <summary>
/// The comparison form of normalised words. The Arabic article ال and the Latin "al"/"el" are optional in
/// practice ("الحرير"/"حرير", "al-Tanf"/"Tanf"), so keys leave them out; Arabic words also carry attached
/// conjunctions and prepositions ("والحرير", "بالتنف", "لقاعدة", "للتنف"), which only a word that starts a name may shed.
/// </summary>
internal static class NameKey
{
    private const string Article = "ال";
    private static readonly string[] Conjunctions = ["", "و", "ف"];
    private static readonly string[] Prepositions = ["", "ب", "ك", "ل"];

    // Words that say what kind of place a base is, not which one: "قاعدة عين الأسد الجوية" is "عين الأسد".
    private static readonly HashSet<string> GenericWords =
    [
        "base", "air", "airbase", "airfield", "airport", "military", "camp", "us", "u", "s", "american",
        "coalition", "occupation", "the", "oil", "gas", "field",
        "قاعده", "جويه", "عسكريه", "امريكيه", "امريكي", "احتلال", "تحالف", "دولي", "مطار", "حقل", "نفطي",
    ];

    // One spelling for the transliterations of a word that vary between sources ("Hizballah", "Hizbullah"; "Ayn", "Ein";
    // "Assad"): aliases listing every combination cannot keep up with every name that holds such a word.
    private static readonly Dictionary<string, string> Transliterations = new(StringComparer.Ordinal)
    {
        ["hizballah"] = "hezbollah",
        ["hizbullah"] = "hezbollah",
        ["hizbollah"] = "hezbollah",
        ["hezbullah"] = "hezbollah",
        ["ayn"] = "ain",
        ["ein"] = "ain",
        ["assad"] = "asad",
        ["kherab"] = "kharab",
        ["khrab"] = "kharab",
        ["jeer"] = "jir",
    };

    /// <summary>The key of one normalised word, or null for a word that keys leave out (the Latin article).</summary>
    public static string? Of(string word)
    {
        if (word is "al" or "el")
        {
            return null;
        }
        if (Transliterations.TryGetValue(word, out var usual))
        {
            return usual;
        }
        return word.Length >= 4 && word.StartsWith(Article, StringComparison.Ordinal) ? word[Article.Length..] : word;
    }

    /// <summary>The keys of a name's words, in order, articles left out.</summary>
    public static List<string> OfName(string name)
    {
        var keys = new List<string>();
        foreach (var token in NameToken.Split(name))
        {
            if (Of(token.Text) is { } key)
            {
                keys.Add(key);
            }
        }
        return keys;
    }

    /// <summary>
    /// The keys a word may have when it starts a name, with how many leading normalised letters were attached
    /// prefixes: و/ف, then ب/ك/ل, then the article (written لل after ل).
    /// </summary>
    public static IEnumerable<(string Key, int Prefix)> AsNameStart(string word)
    {
        if (Of(word) is { } plain)
        {
            yield return (plain, 0);
        }
        if (!ArabicText.IsArabic(word[0]))
        {
            yield break;
        }
        foreach (var conjunction in Conjunctions)
        {
            if (!word.StartsWith(conjunction, StringComparison.Ordinal))
            {
                continue;
            }
            var afterConjunction = word[conjunction.Length..];
            foreach (var preposition in Prepositions)
            {
                if ((conjunction.Length == 0 && preposition.Length == 0)
                    || !afterConjunction.StartsWith(preposition, StringComparison.Ordinal))
                {
                    continue;
                }
                var rest = afterConjunction[preposition.Length..];
                var prefix = conjunction.Length + preposition.Length;
                if (rest.Length >= 2 && Of(rest) is { } key)
                {
                    yield return (key, prefix);
                }
                if (preposition == "ل" && rest.Length >= 3 && rest[0] == 'ل')
                {
                    yield return (rest[1..], prefix);
                }
            }
        }
    }

    public static bool IsGeneric(string word)
    {
        foreach (var (key, _) in AsNameStart(word))
        {
            if (GenericWords.Contains(key))
            {
                return true;
            }
        }
        return word is "al" or "el";
    }

    /// <summary>The words of a name without generic ones, or all of them when nothing else is left.</summary>
    public static List<string> Distinctive(IReadOnlyList<string> words)
    {
        var distinctive = words.Where(word => !IsGeneric(word)).ToList();
        return distinctive.Count > 0 ? distinctive : [.. words];
    }
}
