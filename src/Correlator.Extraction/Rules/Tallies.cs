using System.Text.RegularExpressions;
using Correlator.Domain.Reports;
using Correlator.Extraction.Text;

namespace Correlator.Extraction.Rules;

/// <summary>
/// Aggregate figures: a number followed by an attack noun (هجومًا، هجمات، عملية، مرة، attacks, times), or by a
/// soldier noun with a casualty word nearby (مقتل، أصيب، إصابة، killed, wounded). The region is the country named
/// after the figure (else just before it); both Iraq and Syria, or none, is the whole theatre. "12 هجومًا في العراق
/// و4 في سوريا" gives a second figure for the number after و that only names a country. A count named before the figure
/// ("the number of personnel hurt to 47", "ارتفع عدد المصابين إلى 47") takes its measure from the words of that count,
/// and an earlier figure it revises ("up from 34", "من 34 إلى 47") is kept as what it revises, never as a figure.
/// </summary>
public static class Tallies
{
    // One word may stand between ("66 separate attacks", "3 drone attacks", "12 one-way attacks"), not a preposition
    // ("34, in attacks on") nor a plural weapon ("two drones attack X" counts drones).
    private static readonly Regex AttackNoun = new(@"^ (?:one way |one off |(?!(?:in|on|of|at|by|from|for|the|and|than|drones|rockets|missiles|mortars|uavs|shells|في|علي|من|عن|الي)\s)\p{L}+ )?" + Lexicon.Alternation(
        ["هجوم", "هجوما", "هجمات", "هجمه", "هجومات", "عمليه", "عمليات", "مره", "مرات", "اعتداء", "اعتداءات", "attack", "attacks", "times", "incidents", "separate attacks"])
        + @"(?![\p{L}])(?! " + Lexicon.Alternation(["drone", "drones", "uav", "uavs", "uas", "helicopter", "helicopters", "aircraft"]) + ")", Lexicon.Options);

    // Exchanged fire ("3 هجمات متبادلة") counts both sides, not attacks on the bases.
    private static readonly Regex Mutual = new("^ " + Lexicon.Alternation(["متبادله", "exchanged", "mutual"]), Lexicon.Options);

    private static readonly Regex PeopleNoun = new(@"^ (?:\p{L}+ )?" + Lexicon.Alternation(
        ["عسكري*", "جندي*", "جنود", "عنصر*", "افراد", "اميركي*", "امريكي*", "قتيل*", "قتلى", "جريح*", "جرحى", "مصاب*",
         "wounded", "injured", "killed", "dead", "troops", "service members", "servicemembers", "soldiers", "personnel", "americans", "us troops", "u s troops", "us service members", "u s service members", "people"]),
        Lexicon.Options);

    private static readonly Regex Killed = Lexicon.Words("مقتل", "قتل*", "قتيل*", "قتلى", "killed", "killing", "dead", "died", "deaths", "death");
    private static readonly Regex Injured = Lexicon.Words("اصيب*", "اصابه", "جرح*", "جريح*", "جرحى", "مصاب*", "injured", "injuring", "wounded", "wounding", "hurt", "injuries", "injury");

    // The count a figure closes: "the number of personnel hurt (rose) to", "the death toll stands at", "عدد الجرحى الى".
    private static readonly Regex CountBefore = new(
        @"(?<![\p{L}])(?<count>number|toll|tally|count|total|عدد|حصيله|اجمالي)(?<between>(?: [\p{L}\p{N}]+){0,8}?)"
        + @"(?: (?:to|at|reached|reaches|stands at|stood at|is|was|الي|بلغ\p{L}*|وصل\p{L}* الي))? $",
        Lexicon.Options);

    private const string DualRule = "Numbers.Dual";

    private static readonly Regex DualPeople = Lexicon.Words("جنديين", "جنديان", "قتيلين", "قتيلان", "جريحين", "جريحان");

    private static readonly Regex CasualtyVerbBefore = new(
        Lexicon.Alternation(["killed", "killing", "wounded", "wounding", "injured", "injuring", "hurt", "hurting"]) + " $", Lexicon.Options);

    private static readonly Regex TimeUnit = new("^ " + Lexicon.Alternation(["days", "weeks", "months", "years", "hours", "day", "week", "month", "year", "hour"]), Lexicon.Options);

    private static readonly Regex WordBefore = new(@"\p{L}+ ?$", Lexicon.Options);

    // The measure itself heads the count when a verb of totalling closes it: "Attacks on U.S. forces since Oct. 17 now
    // stand at 97", "وبلغت الهجمات على القوات الأمريكية 97".
    private static readonly Regex MeasureBefore = new(
        @"(?<![\p{L}])(?<count>attacks|injuries|deaths|casualties|الهجمات|الاصابات|الجرحي|القتلي)(?<between>(?: [\p{L}\p{N}]+){0,10}?)"
        + @" (?:now )?(?:stand at|stands at|stood at|reached|has reached|have reached|rose to|has risen to|have risen to|climbed to|increased to|totaled|totalled|total|بلغت|بلغ|وصلت الي|وصل الي|ارتفعت الي|ارتفع الي) $",
        Lexicon.Options);

    private static readonly Regex CountedAttacks = Lexicon.Words("attack", "attacks", "strikes", "incidents", "هجوم", "هجمات", "الهجمات", "هجومات", "عمليات", "اعتداءات");

    // Between a figure and the one it replaces: "47, up from 34", "47 مقارنة بـ34", "بعد أن كان 34".
    private static readonly Regex RevisedAfter = new(
        "^ " + Lexicon.Alternation(["up from", "down from", "from", "compared with", "compared to", "against", "مقارنه", "مقارنه مع", "بعد ان كان", "بعد ان كانت", "بدلا من"]) + " ?$",
        Lexicon.Options);

    // "from 34 to 47", "من 34 الى 47": the figure before is the one replaced.
    private static readonly Regex RevisedBefore = new(@"^ (?:to|الي) $", Lexicon.Options);
    private static readonly Regex FromBefore = new(@"(?<![\p{L}])(?:from|من) $", Lexicon.Options);

    private static readonly string[] Countries = ["العراق", "iraq", "سوريا", "سوريه", "syria", "الاردن", "jordan"];
    private static readonly Regex Country = Lexicon.Words(Countries);
    private static readonly Regex AndCountry = new(@"^ (?:و|and )?$", Lexicon.Options);
    private static readonly Regex CountryListed = new(@"^ (?:and |or )?(?<c>" + Lexicon.Alternation(Countries) + ")", Lexicon.Options);
    private static readonly Regex CountryListedBefore = new("(?<c>" + Lexicon.Alternation(Countries) + ") (?:and |or )?$", Lexicon.Options);
    private static readonly Regex CountryAfter = new(@"^ (?:في|in) (?<c>" + Lexicon.Alternation(Countries) + ")", Lexicon.Options);

    public static IReadOnlyList<TallyFigure> Find(FoldedText text, IReadOnlyList<NumberMention> written, DateFindings dates)
    {
        var value = text.Value;
        // "إصابة جنديين" (two soldiers hurt): the Arabic dual of a person is a figure of two.
        var numbers = written.Concat(DualPeople.Matches(value).Select(m => new NumberMention(m.Index, m.Length, m.Index, 2, Qualifier.Exact, DualRule)))
            .OrderBy(n => n.Start).ToList();
        var found = new List<TallyFigure>();
        var replaced = new HashSet<int>();
        for (var i = 0; i < numbers.Count; i++)
        {
            var number = numbers[i];
            var end = number.Start + number.Length;
            // A number inside the figure before ("three" in "4 three-pronged attacks") is part of it.
            if (replaced.Contains(i) || found.Count > 0 && number.Start < found[^1].Start + found[^1].Length
                || dates.Dates.Any(d => Inside(d.Start, d.Length, number.NumberStart)) || dates.Windows.Any(w => Inside(w.Start, w.Length, number.NumberStart)))
            {
                continue;
            }
            int? revises = null;
            if (i + 1 < numbers.Count && RevisedBefore.IsMatch(value[end..numbers[i + 1].Start]) && FromBefore.IsMatch(value[..number.Start]))
            {
                continue;
            }
            if (i + 1 < numbers.Count && RevisedAfter.IsMatch(value[end..numbers[i + 1].Start]))
            {
                revises = numbers[i + 1].Value;
                replaced.Add(i + 1);
            }
            else if (i > 0 && RevisedBefore.IsMatch(value[(numbers[i - 1].Start + numbers[i - 1].Length)..number.Start])
                && FromBefore.IsMatch(value[..numbers[i - 1].Start]))
            {
                revises = numbers[i - 1].Value;
            }
            var rest = value[end..];
            TallyMetric? metric = null;
            var rule = "Tallies.Attacks";
            int nounEnd;
            if (number.Rule == DualRule)
            {
                nounEnd = end;
                metric = Killed.IsMatch(value[number.Start..end]) ? TallyMetric.Killed
                    : Injured.IsMatch(value[number.Start..end]) ? TallyMetric.Injured
                    : Casualty(value, number.Start, nounEnd);
                rule = "Tallies.Casualties";
            }
            else if (AttackNoun.Match(rest) is { Success: true } attack && !Mutual.IsMatch(rest[attack.Length..]))
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
            else if (CasualtyVerbBefore.Match(value[..number.Start]) is { Success: true } verb && !TimeUnit.IsMatch(rest))
            {
                // "killed three U.S. soldiers and wounded more than 40": the verb is the measure.
                metric = Killed.IsMatch(verb.Value) ? TallyMetric.Killed : TallyMetric.Injured;
                nounEnd = end;
                rule = "Tallies.Casualties";
            }
            else if (CountBefore.Match(value[..number.Start]) is { Success: true } count && CountMetric(value, count) is { } counted)
            {
                metric = counted;
                nounEnd = end;
                rule = "Tallies.CountBefore";
            }
            else if (MeasureBefore.Match(value[..number.Start]) is { Success: true } measure)
            {
                var head = measure.Groups["count"].Value;
                metric = Killed.IsMatch(head) ? TallyMetric.Killed : Injured.IsMatch(head) || head is "casualties" ? TallyMetric.Injured : TallyMetric.Attacks;
                nounEnd = end;
                rule = "Tallies.CountBefore";
            }
            else if (found.Count > 0 && CountryAfter.Match(rest) is { Success: true } country
                && WithoutWindows(value, found[^1].Start + found[^1].Length, number.Start, dates) is var between
                && (AndCountry.IsMatch(between) || OpensAList(value, numbers, i, country) && !between.Any(char.IsDigit)))
            {
                // "... في العراق و4 في سوريا", "66 attacks on US troops (32 in Iraq and 34 in Syria)": the same measure per country.
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
            // The next figure after this one's noun ("three" in "0 three attacks" is inside it), less any it replaced.
            var next = numbers.Skip(i + 1).Where((n, k) => !replaced.Contains(i + 1 + k) && n.Start >= nounEnd).FirstOrDefault();
            var (region, stated, regionEnd) = Region(value, number.Start, nounEnd, next?.Start ?? value.Length);
            found.Add(new TallyFigure(number.Start, regionEnd - number.Start, number.Value, number.Qualifier, m, region, stated,
                revises is null ? rule : rule + "+Tallies.Revision", revises));
        }
        return found;
    }

    // The measure right before the count ("the death toll"), else in its words ("the number of personnel hurt").
    private static TallyMetric? CountMetric(string value, Match count)
    {
        var before = WordBefore.Match(value[..count.Index]).Value;
        foreach (var text in new[] { before, count.Groups["between"].Value })
        {
            var measures = new (TallyMetric Metric, Match Found)[] { (TallyMetric.Killed, Killed.Match(text)), (TallyMetric.Injured, Injured.Match(text)), (TallyMetric.Attacks, CountedAttacks.Match(text)) }
                .Where(m => m.Found.Success).ToList();
            if (measures.Count > 0)
            {
                return measures.MinBy(m => m.Found.Index).Metric;
            }
        }
        return null;
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
        var after = Country.Matches(value[nounEnd..afterEnd]).Select(m => (End: nounEnd + m.Index + m.Length, Region: RegionOf(m.Value))).ToList();
        // A list of countries runs on past the reach: "in Iraq and Syria" is both, wherever the reach ends.
        while (after.Count > 0 && CountryListed.Match(value[after[^1].End..next]) is { Success: true } listed)
        {
            after.Add((after[^1].End + listed.Length, RegionOf(listed.Groups["c"].Value)));
        }
        if (after.Count > 0)
        {
            return (Combine(after.Select(a => a.Region)), true, after[^1].End);
        }
        var reach = Math.Max(0, start - 40);
        var before = Country.Matches(value[reach..start]).Select(m => (Start: reach + m.Index, Region: RegionOf(m.Value))).ToList();
        // ... and back past the reach: "in Iraq and Syria since Oct. 17 now stand at 97" is both.
        while (before.Count > 0 && CountryListedBefore.Match(value[..before[0].Start]) is { Success: true } listed)
        {
            before.Insert(0, (listed.Index, RegionOf(listed.Groups["c"].Value)));
        }
        return before.Count > 0 ? (Combine(before.Select(b => b.Region)), true, nounEnd) : (Domain.Reports.Region.All, false, nounEnd);
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

    // "32 in Iraq and 34 in Syria": a figure for one country followed by another's is a list of parts of a total.
    private static bool OpensAList(string value, IReadOnlyList<NumberMention> numbers, int i, Match country)
    {
        var end = numbers[i].Start + numbers[i].Length + country.Length;
        return i + 1 < numbers.Count && numbers[i + 1].Start >= end && AndCountry.IsMatch(value[end..numbers[i + 1].Start])
            && CountryAfter.IsMatch(value[(numbers[i + 1].Start + numbers[i + 1].Length)..]);
    }

    // The words between two figures, less any window or date there ("73 attacks since October 17: 34 in Iraq").
    private static string WithoutWindows(string value, int from, int to, DateFindings dates)
    {
        var spans = dates.Windows.Select(w => (w.Start, w.Length)).Concat(dates.Dates.Select(d => (d.Start, d.Length)))
            .Where(d => d.Start >= from && d.Start + d.Length <= to).OrderBy(d => d.Start);
        var kept = new System.Text.StringBuilder();
        var at = from;
        foreach (var (start, length) in spans)
        {
            // Windows and dates may overlap one another; each stretch is left out once.
            kept.Append(value[at..Math.Max(at, start)]);
            at = Math.Max(at, start + length);
        }
        return Regex.Replace(kept.Append(value[at..to]).ToString(), " +", " ");
    }

    private static bool Inside(int start, int length, int position) => position >= start && position < start + length;
}
