using System.Globalization;
using System.Text.RegularExpressions;
using Correlator.Domain.Reports;
using Correlator.Extraction.Text;

namespace Correlator.Extraction.Rules;

/// <summary>
/// Figures written in Western or Arabic-Indic digits (folding turns the latter into ASCII) or in Arabic and English
/// number words, with the hedge in front of them: أكثر من / more than, ما لا يقل عن / at least, نحو / حوالي / about,
/// up to / ما يصل إلى, and تجاوز (exceeded) as more than.
/// </summary>
public static class Numbers
{
    private static readonly Dictionary<string, int> Units = Table(
        ("واحد", 1), ("واحده", 1), ("اثنان", 2), ("اثنين", 2), ("اثنتين", 2), ("اثنتان", 2), ("ثلاث", 3), ("ثلاثه", 3),
        ("اربع", 4), ("اربعه", 4), ("خمس", 5), ("خمسه", 5), ("ست", 6), ("سته", 6), ("سبع", 7), ("سبعه", 7),
        ("ثمان", 8), ("ثماني", 8), ("ثمانيه", 8), ("تسع", 9), ("تسعه", 9), ("عشر", 10), ("عشره", 10),
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15),
        ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("dozen", 12));

    private static readonly Dictionary<string, int> Tens = Table(
        ("عشرين", 20), ("عشرون", 20), ("ثلاثين", 30), ("ثلاثون", 30), ("اربعين", 40), ("اربعون", 40),
        ("خمسين", 50), ("خمسون", 50), ("ستين", 60), ("ستون", 60), ("سبعين", 70), ("سبعون", 70),
        ("ثمانين", 80), ("ثمانون", 80), ("تسعين", 90), ("تسعون", 90), ("مئه", 100), ("مائه", 100),
        ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70),
        ("eighty", 80), ("ninety", 90), ("hundred", 100));

    private static readonly (Qualifier Qualifier, string[] Words)[] Hedges =
    [
        (Qualifier.AtLeast, ["ما لا يقل عن", "لا يقل عن", "على الاقل", "at least", "no fewer than", "no less than"]),
        (Qualifier.MoreThan, ["اكثر من", "ما يزيد عن", "ما يزيد على", "يزيد عن", "تجاوز*", "more than", "over", "exceeded", "exceeding"]),
        (Qualifier.About, ["نحو", "حوالي", "قرابه", "زهاء", "ما يقارب", "about", "around", "nearly", "approximately", "some", "roughly"]),
        (Qualifier.UpTo, ["ما يصل الى", "حتى", "up to", "as many as"]),
    ];

    private static readonly Regex Figure = BuildFigure();

    public static IReadOnlyList<NumberMention> Find(FoldedText text)
    {
        var found = new List<NumberMention>();
        foreach (Match match in Figure.Matches(text.Value))
        {
            var number = match.Groups["n"];
            if (Parse(number.Value) is not { } value)
            {
                continue;
            }
            var qualifier = Qualifier.Exact;
            for (var h = 0; h < Hedges.Length; h++)
            {
                if (match.Groups["h" + h].Success)
                {
                    qualifier = Hedges[h].Qualifier;
                }
            }
            var rule = char.IsDigit(number.Value[^1]) ? "Numbers.Digits" : "Numbers.Words";
            found.Add(new NumberMention(match.Index, match.Length, number.Index, value, qualifier, rule));
        }
        return found;
    }

    /// <summary>The value of a folded number: digits (thousands separators allowed) or number words.</summary>
    public static int? Parse(string folded)
    {
        var digits = folded.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length > 0 && digits.All(char.IsDigit))
        {
            return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        }
        var total = 0;
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.StartsWith('و') && !Units.ContainsKey(word) && !Tens.ContainsKey(word) ? word[1..] : word;
            if (w is "and")
            {
                continue;
            }
            if (Units.TryGetValue(w, out var unit))
            {
                total += unit;
            }
            else if (Tens.TryGetValue(w, out var ten))
            {
                total = ten == 100 && total > 0 ? total * 100 : total + ten;
            }
            else
            {
                return null;
            }
        }
        return total > 0 ? total : null;
    }

    private static Regex BuildFigure()
    {
        var units = "(?:" + string.Join('|', Units.Keys.OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")";
        var tens = "(?:" + string.Join('|', Tens.Keys.OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")";
        // Digits may carry thousands separators, which fold to a space ("6,000" -> "6 000").
        var digits = @"\d{1,3}(?: \d{3})+(?![\d])|\d+";
        // Words combine only as numbers do: "خمسة وعشرون", "twenty one", "مئة وخمسين", "مئة وخمسة وعشرين", "one hundred
        // and fifty"; "two one-way drones" is two, then one.
        var wordNumber = $"{tens}(?: و{units} و{tens}| و{tens}| و{units}| and {tens}| {units})?|{units} و{tens}|{units} {tens}(?: and {tens}| {tens})?|{units}";
        var hedges = string.Join('|', Hedges.Select((h, i) => $"(?<h{i}>{Lexicon.Alternation(h.Words)})"));
        // "no one", "not one": a denial, not the number one.
        var denied = @"(?<!(?<![\p{L}])(?:no|not) )";
        // "one-way", "one-off" (the hyphen folds to a space): a kind of attack or drone, not a count.
        var oneWay = @"(?! (?:way|off)(?![\p{L}]))";
        return new Regex(
            $@"(?:(?:{hedges}) )?{denied}(?<![\p{{L}}\p{{N}}])[وفبل]?(?<n>{digits}|{wordNumber})(?![\p{{L}}\p{{N}}]){oneWay}",
            Lexicon.Options);
    }

    private static Dictionary<string, int> Table(params (string Word, int Value)[] entries) =>
        entries.ToDictionary(e => FoldedText.Fold(e.Word), e => e.Value, StringComparer.Ordinal);
}
