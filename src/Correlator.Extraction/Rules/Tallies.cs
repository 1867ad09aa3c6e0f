using System.Text.RegularExpressions;
using Correlator.Domain.Reports;
using Correlator.Extraction.Text;

namespace Correlator.Extraction.Rules;

/// <summary>
/// Aggregate figures: a number followed by an attack noun (هجومًا، هجمات، عملية، مرة، attacks, times), or by a
/// soldier noun with a casualty word nearby (مقتل، أصيب، إصابة، killed, wounded). The region is the country named
/// after the figure (else just before it); both Iraq and Syria, or none, is the whole theatre. "12 هجومًا في العراق
/// و4 في سوريا" gives a second figure for the number after و that only names a country.
/// </summary>
public static class Tallies
{
    private static readonly Regex AttackNoun = new(@"^ (?:\p{L}+ )?" + Lexicon.Alternation(
        ["هجوم", "هجوما", "هجمات", "هجمه", "هجومات", "عمليه", "عمليات", "مره", "مرات", "اعتداء", "اعتداءات", "attack", "attacks", "times", "incidents", "separate attacks"])
        + @"(?![\p{L}])", Lexicon.Options);

    // Exchanged fire ("3 هجمات متبادلة") counts both sides, not attacks on the bases.
    private static readonly Regex Mutual = new("^ " + Lexicon.Alternation(["متبادله", "exchanged", "mutual"]), Lexicon.Options);

    private static readonly Regex PeopleNoun = new(@"^ (?:\p{L}+ )?" + Lexicon.Alternation(
        ["عسكري*", "جندي*", "جنود", "عنصر*", "افراد", "اميركي*", "امريكي*", "قتيل*", "قتلى", "جريح*", "جرحى", "مصاب*",
         "wounded", "injured", "killed", "dead", "troops", "service members", "servicemembers", "soldiers", "personnel", "americans", "us troops", "u s troops", "us service members", "u s service members", "people"]),
        Lexicon.Options);

    private static readonly Regex Killed = Lexicon.Words("مقتل", "قتل*", "قتيل*", "قتلى", "killed", "killing", "dead", "died", "deaths");
    private static readonly Regex Injured = Lexicon.Words("اصيب*", "اصابه", "جرح*", "جريح*", "جرحى", "مصاب*", "injured", "injuring", "wounded", "wounding", "hurt", "injuries");

    private static readonly Regex Country = Lexicon.Words("العراق", "iraq", "سوريا", "سوريه", "syria", "الاردن", "jordan");
    private static readonly Regex AndCountry = new(@"^ (?:و|and )?$", Lexicon.Options);
    private static readonly Regex CountryAfter = new(@"^ (?:في|in) (?<c>" + Lexicon.Alternation(["العراق", "iraq", "سوريا", "سوريه", "syria", "الاردن", "jordan"]) + ")", Lexicon.Options);

    public static IReadOnlyList<TallyFigure> Find(FoldedText text, IReadOnlyList<NumberMention> numbers, DateFindings dates)
    {
        var value = text.Value;
        var found = new List<TallyFigure>();
        for (var i = 0; i < numbers.Count; i++)
        {
            var number = numbers[i];
            var end = number.Start + number.Length;
            if (dates.Dates.Any(d => Inside(d.Start, d.Length, number.NumberStart)) || dates.Windows.Any(w => Inside(w.Start, w.Length, number.NumberStart)))
            {
                continue;
            }
            var rest = value[end..];
            TallyMetric? metric = null;
            var rule = "Tallies.Attacks";
            int nounEnd;
            if (AttackNoun.Match(rest) is { Success: true } attack && !Mutual.IsMatch(rest[attack.Length..]))
            {
                metric = TallyMetric.Attacks;
                nounEnd = end + attack.Length;
            }
            else if (PeopleNoun.Match(rest) is { Success: true } people)
            {
                nounEnd = end + people.Length;
                // "40 wounded": the noun is the measure; "3 soldiers were killed": the nearest casualty word is.
                metric = Killed.IsMatch(people.Value) ? TallyMetric.Killed
                    : Injured.IsMatch(people.Value) ? TallyMetric.Injured
                    : Casualty(value, number.Start, nounEnd);
                rule = "Tallies.Casualties";
            }
            else if (found.Count > 0 && found[^1].RegionStated && AndCountry.IsMatch(value[(found[^1].Start + found[^1].Length)..number.Start])
                && CountryAfter.Match(rest) is { Success: true } country)
            {
                // "... في العراق و4 في سوريا": the same measure for another country.
                var previous = found[^1];
                found.Add(new TallyFigure(number.Start, number.Length + country.Length, number.Value, number.Qualifier, previous.Metric,
                    RegionOf(country.Groups["c"].Value), true, "Tallies.SecondRegion"));
                continue;
            }
            else
            {
                continue;
            }
            if (metric is not { } m)
            {
                continue;
            }
            var (region, stated, regionEnd) = Region(value, number.Start, nounEnd, i + 1 < numbers.Count ? numbers[i + 1].Start : value.Length);
            found.Add(new TallyFigure(number.Start, regionEnd - number.Start, number.Value, number.Qualifier, m, region, stated, rule));
        }
        return found;
    }

    private static TallyMetric? Casualty(string value, int start, int end)
    {
        var window = (From: Math.Max(0, start - 40), To: Math.Min(value.Length, end + 40));
        var killed = Nearest(Killed, value, window, start);
        var injured = Nearest(Injured, value, window, start);
        return (killed, injured) switch
        {
            (null, null) => null,
            (not null, null) => TallyMetric.Killed,
            (null, not null) => TallyMetric.Injured,
            var (k, j) => k < j ? TallyMetric.Killed : TallyMetric.Injured,
        };
    }

    private static int? Nearest(Regex pattern, string value, (int From, int To) window, int at)
    {
        int? best = null;
        foreach (Match match in pattern.Matches(value[window.From..window.To]))
        {
            var distance = Math.Abs(window.From + match.Index - at);
            best = best is null || distance < best ? distance : best;
        }
        return best;
    }

    // After the figure up to the next figure, else the words just before it.
    private static (Region Region, bool Stated, int End) Region(string value, int start, int nounEnd, int next)
    {
        var afterEnd = Math.Min(next, Math.Min(value.Length, nounEnd + 45));
        var after = Country.Matches(value[nounEnd..afterEnd]).ToList();
        if (after.Count > 0)
        {
            return (Combine(after.Select(m => RegionOf(m.Value))), true, nounEnd + after[^1].Index + after[^1].Length);
        }
        var before = Country.Matches(value[Math.Max(0, start - 40)..start]).ToList();
        return before.Count > 0 ? (Combine(before.Select(m => RegionOf(m.Value))), true, nounEnd) : (Domain.Reports.Region.All, false, nounEnd);
    }

    private static Region Combine(IEnumerable<Region> regions)
    {
        var distinct = regions.Distinct().ToList();
        return distinct.Count == 1 ? distinct[0] : Domain.Reports.Region.All;
    }

    private static Region RegionOf(string word) =>
        word.Contains("عراق", StringComparison.Ordinal) || word.Contains("iraq", StringComparison.Ordinal) ? Domain.Reports.Region.Iraq
        : word.Contains("سوري", StringComparison.Ordinal) || word.Contains("syria", StringComparison.Ordinal) ? Domain.Reports.Region.Syria
        : Domain.Reports.Region.Jordan;

    private static bool Inside(int start, int length, int position) => position >= start && position < start + length;
}
