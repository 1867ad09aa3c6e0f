using System.Text.RegularExpressions;
using Correlator.Domain.Reports;
using Correlator.Extraction.Text;

namespace Correlator.Extraction.Rules;

/// <summary>
/// Dates, resolved against the publication day: explicit ones with either Arabic month family (تشرين الأول/أكتوبر)
/// or English months, or in figures (2024/1/20, 21-1-2024, day first), weekdays ("يوم الجمعة الماضي", "on Monday"),
/// yesterday, this week and last week, with the time of day (مساء 19:00, فجر 05:00, ظهيرة 12:00 to the hour) or a
/// clock time (6:30 p.m.) attached; and tally windows (منذ 17 أكتوبر، منذ منتصف تشرين الأول، خلال الأسبوع الماضي، since
/// October 17, in the past week, the same day).
/// </summary>
public static class Dates
{
    private static readonly Dictionary<string, int> Months = MonthTable();
    private static readonly string Month = "(?:" + string.Join('|', Months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + ")";

    private static readonly Dictionary<string, DayOfWeek> Weekdays = WeekdayTable();
    private static readonly string Weekday = "(?:" + string.Join('|', Weekdays.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + ")";

    private static readonly (string[] Words, TimeOnly Time, TimePrecision Precision)[] TimesOfDay =
    [
        (["فجر", "الفجر", "dawn", "at dawn", "early morning"], new(5, 0), TimePrecision.Day),
        (["صباح", "صباحا", "morning"], new(8, 0), TimePrecision.Day),
        (["ظهيره", "ظهر", "الظهر", "noon", "midday"], new(12, 0), TimePrecision.Hour),
        (["عصر", "بعد الظهر", "afternoon"], new(15, 0), TimePrecision.Day),
        (["مساء", "مساءا", "evening"], new(19, 0), TimePrecision.Day),
        (["ليل", "ليله", "ليلا", "night", "overnight"], new(22, 0), TimePrecision.Day),
    ];

    private static readonly Regex Explicit = new(
        $@"(?<![\p{{L}}\p{{N}}])(?:ال)?(?<d>\d{{1,2}})(?:st|nd|rd|th)? (?:من |of )?(?<m>{Month})(?: (?<m2>{Month}))?(?: (?:عام |سنه )?(?<y>\d{{4}}))?(?![\p{{L}}\p{{N}}])"
        + $@"|(?<![\p{{L}}\p{{N}}])(?<m>{Month}) (?<d>\d{{1,2}})(?:st|nd|rd|th)?(?: (?<y>\d{{4}}))?(?![\p{{L}}\p{{N}}])",
        Lexicon.Options);

    // "2024/1/20", "21-1-2024", "20.01.2024": separators fold to spaces, so three numbers with a year at one end.
    private static readonly Regex NumericDate = new(
        @"(?<![\p{L}\p{N}])(?:(?<y>(?:19|20|21)\d{2}) (?<m>\d{1,2}) (?<d>\d{1,2})|(?<d>\d{1,2}) (?<m>\d{1,2}) (?<y>(?:19|20|21)\d{2}))(?![\p{L}\p{N}])",
        Lexicon.Options);

    // "السابع من أكتوبر", "السابع عشر من تشرين الأول": the day as an Arabic ordinal (not the الأول of "تشرين الأول/أكتوبر").
    private static readonly Dictionary<string, int> Ordinals = OrdinalTable();

    private static readonly Regex OrdinalDate = new(
        @"(?<![\p{L}\p{N}])(?<!(?:تشرين|كانون) )[وفب]?(?<o>" + string.Join('|', Ordinals.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + $@") (?:من )?(?:شهر )?(?<m>{Month})(?: (?:عام |سنه )?(?<y>\d{{4}}))?(?![\p{{L}}\p{{N}}])",
        Lexicon.Options);

    private static readonly Regex WeekdayPhrase = new(
        $@"(?<![\p{{L}}\p{{N}}])(?<last>last |this past )?(?:[وف]?(?:في )?يوم )?[وف]?(?<wd>{Weekday})(?: (?<past>الماضي|الفائت|المنصرم|السابق))?(?![\p{{L}}\p{{N}}])",
        Lexicon.Options);

    private static readonly Regex Yesterday = Lexicon.Words("امس", "البارحه", "yesterday");
    private static readonly Regex Today = Lexicon.Words("اليوم", "today", "tonight", "earlier today");
    private static readonly Regex ThisWeek = Lexicon.Words("هذا الاسبوع", "الاسبوع الحالي", "الاسبوع الجاري", "this week", "earlier this week");
    private static readonly Regex LastWeek = Lexicon.Words("الاسبوع الماضي", "الاسبوع المنصرم", "الاسبوع الفائت", "last week");

    private static readonly Regex SinceMonth = new(
        $@"(?<![\p{{L}}])(?:منذ|since) (?:(?<mid>منتصف|اواسط|mid|the middle of)|(?<early>بدايه|مطلع|اوائل|early|the start of|the beginning of)|(?<late>اواخر|نهايه|late|the end of))? ?(?:شهر )?(?<m>{Month})(?: (?<m2>{Month}))?(?: (?<y>\d{{4}}))?(?![\p{{L}}\p{{N}}])",
        Lexicon.Options);

    private static readonly Regex DayAfter = new(@"\G \d{1,2}(?!\d)", Lexicon.Options);

    private static readonly Regex Since = Lexicon.Words("منذ", "since");
    private static readonly Regex SinceEvent = new(
        Lexicon.Alternation(["منذ", "since"]) + " " + Lexicon.Alternation(["بدء", "بدايه", "اندلاع", "انطلاق", "the start of", "the beginning of", "the outbreak of", "the war", "the conflict"]),
        Lexicon.Options);

    private static readonly Regex PastDays = new(
        Lexicon.Alternation(["خلال", "في غضون", "على مدى", "in the past", "over the past", "in the last", "over the last", "during the past", "within", "in"])
        + @" (?:(?:ال|the |a )?(?<n>\d+|single) )?(?<unit>" + Lexicon.Alternation(["اسبوع", "الاسبوع", "ايام", "يوما", "شهر", "الشهر", "week", "weeks", "days", "month", "months"]) + ")"
        + "(?: " + Lexicon.Alternation(["الماضي", "الاخير", "المنصرم", "الفائت", "الماضيه", "الاخيره"]) + ")?",
        Lexicon.Options);

    private static readonly Regex SameDay = Lexicon.Words("في اليوم نفسه", "في نفس اليوم", "في ذات اليوم", "اليوم ذاته", "the same day", "that same day", "on the same day",
        "اليوم نفسه", "اليوم ذاته", "نفس اليوم", "ذات اليوم", "later that day", "later the same day", "later that night", "later that evening");

    // «الساعة التاسعة»: the hour as a feminine ordinal.
    private static readonly Dictionary<string, int> HourWords = HourWordTable();

    private static readonly Regex Hour = new(@"(?<![\p{L}\p{N}])(?:(?:الساعه|at|around|about) )?(?<h>\d{1,2})(?: (?<min>\d{2}))? ?(?<ampm>a m|p m|am|pm)(?![\p{L}])|(?<![\p{L}])الساعه (?:(?<h>\d{1,2})(?: (?<min>\d{2}))?(?![\p{N}])|(?<hw>"
        + string.Join('|', HourWords.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\p{L}]))", Lexicon.Options);

    // "الساعة التاسعة مساءً", "9 in the evening": a clock time without a.m./p.m. is in the afternoon when these follow.
    private static readonly Regex Evening = new(@"\G ?(?:(?:من |in the )?" + Lexicon.Alternation(["مساء", "مساءا", "ليلا", "evening", "night", "عصرا"]) + ")", Lexicon.Options);

    private static readonly Regex[] TimeOfDayPatterns = [.. TimesOfDay.Select(t => Lexicon.Words(t.Words))];

    private const int MaxWindowDays = 3660;

    private sealed record Anchor(int Start, int End, int Rank, Func<DateOnly, DateOnly?>? Resolve, DateOnly? Fixed, TimePrecision Precision, string Rule);

    public static DateFindings Find(FoldedText text, DateOnly? published)
    {
        var value = text.Value;
        var anchors = new List<Anchor>();
        foreach (Match match in Explicit.Matches(value))
        {
            var day = int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var month = Months[match.Groups["m"].Value];
            // "30 February" is no day of any year (a leap year allows the 29th); "1 January 0001" is none we can read.
            if (day < 1 || day > DateTime.DaysInMonth(2024, month))
            {
                continue;
            }
            if (match.Groups["y"].Success)
            {
                var year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (Safe(year, month, day) is { } date)
                {
                    anchors.Add(new Anchor(match.Index, match.Index + match.Length, 3, null, date, TimePrecision.Day, "Dates.Explicit"));
                }
            }
            else
            {
                anchors.Add(new Anchor(match.Index, match.Index + match.Length, 3, pub => YearBefore(pub, month, day), null, TimePrecision.Day, "Dates.ExplicitNoYear"));
            }
        }
        foreach (Match match in OrdinalDate.Matches(value))
        {
            var (day, month) = (Ordinals[match.Groups["o"].Value], Months[match.Groups["m"].Value]);
            if (match.Groups["y"].Success)
            {
                if (Safe(int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture), month, day) is { } date)
                {
                    anchors.Add(new Anchor(match.Index, match.Index + match.Length, 3, null, date, TimePrecision.Day, "Dates.Ordinal"));
                }
            }
            else if (day <= DateTime.DaysInMonth(2024, month))
            {
                anchors.Add(new Anchor(match.Index, match.Index + match.Length, 3, pub => YearBefore(pub, month, day), null, TimePrecision.Day, "Dates.Ordinal"));
            }
        }
        foreach (Match match in NumericDate.Matches(value))
        {
            var year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var (day, month) = (int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture));
            // Day first, as Arabic and wire styles write it, unless only the other order makes a date ("1/20/2024").
            (day, month) = month > 12 && day <= 12 ? (month, day) : (day, month);
            if (month is >= 1 and <= 12 && day >= 1 && Safe(year, month, day) is { } date)
            {
                anchors.Add(new Anchor(match.Index, match.Index + match.Length, 3, null, date, TimePrecision.Day, "Dates.Numeric"));
            }
        }
        foreach (Match match in WeekdayPhrase.Matches(value))
        {
            var weekday = Weekdays[match.Groups["wd"].Value];
            var strictlyBefore = match.Groups["past"].Success || match.Groups["last"].Success;
            anchors.Add(new Anchor(match.Index, match.Index + match.Length, 2, pub => LastWeekday(pub, weekday, strictlyBefore), null, TimePrecision.Day, "Dates.Weekday"));
        }
        Add(Yesterday, 1, pub => pub.AddDays(-1), TimePrecision.Day, "Dates.Yesterday");
        Add(Today, 1, pub => pub, TimePrecision.Day, "Dates.Today");
        Add(ThisWeek, 0, pub => pub.AddDays(-3), TimePrecision.Week, "Dates.ThisWeek");

        var windows = Windows(value, anchors, published);
        foreach (Match match in LastWeek.Matches(value))
        {
            if (!windows.Any(w => Overlaps(w.Start, w.Length, match.Index, match.Length)))
            {
                anchors.Add(new Anchor(match.Index, match.Index + match.Length, 0, pub => pub.AddDays(-7), null, TimePrecision.Week, "Dates.LastWeek"));
            }
        }

        var timesOfDay = TimeOfDayPatterns.Select(p => p.Matches(value).ToList()).ToList();
        var dates = new List<DateMention>();
        foreach (var group in Merge(value, anchors))
        {
            var best = group.OrderByDescending(a => a.Rank).First();
            var start = group.Min(a => a.Start);
            var end = group.Max(a => a.End);
            if (windows.Any(w => Overlaps(w.Start, w.Length, start, end - start)))
            {
                continue;
            }
            var (time, precision, timeRule, timeStart, timeEnd) = TimeOfDay(value, timesOfDay, start, end, best.Precision);
            start = Math.Min(start, timeStart);
            end = Math.Max(end, timeEnd);
            var day = best.Fixed ?? (published is { } pub ? best.Resolve!(pub) : null);
            var rules = timeRule is null ? best.Rule : best.Rule + "+" + timeRule;
            dates.Add(new DateMention(start, end - start, day, time, precision, day is null, rules));
        }
        dates.Sort((a, b) => a.Start.CompareTo(b.Start));
        var references = windows.Where(w => w.SameDay).Select(w => new DayReference(w.Start, w.Length, null, w.Rule))
            .Concat(Clocks(value, 0, value.Length).Where(c => !dates.Any(d => Overlaps(d.Start, d.Length, c.Start, c.End - c.Start)))
                .Select(c => new DayReference(c.Start, c.End - c.Start, c.Time, "Dates.ClockTime")))
            .OrderBy(r => r.Start).ToList();
        return new DateFindings(dates, windows, references);

        void Add(Regex pattern, int rank, Func<DateOnly, DateOnly?> resolve, TimePrecision precision, string rule)
        {
            foreach (Match match in pattern.Matches(value))
            {
                anchors.Add(new Anchor(match.Index, match.Index + match.Length, rank, resolve, null, precision, rule));
            }
        }
    }

    private static List<TallyWindow> Windows(string value, List<Anchor> anchors, DateOnly? published)
    {
        var windows = new List<TallyWindow>();
        foreach (Match match in SinceMonth.Matches(value))
        {
            if (match.Groups["m"].Value[0] is >= 'a' and <= 'z' && DayAfter.IsMatch(value, match.Index + match.Length))
            {
                // "since October 17": a full date, read below.
                continue;
            }
            var month = Months[match.Groups["m"].Value];
            var day = match.Groups["mid"].Success ? 15 : match.Groups["late"].Success ? 25 : 1;
            var since = match.Groups["y"].Success
                ? Safe(int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture), month, day)
                : published is { } pub ? YearBefore(pub, month, day) : null;
            windows.Add(new TallyWindow(match.Index, match.Length, since, 0, 0, false, since is null, "Dates.SinceMonth"));
        }
        foreach (Match match in Since.Matches(value))
        {
            if (windows.Any(w => w.Start == match.Index))
            {
                continue;
            }
            // "Since 17 October" or "since the war began on 7 October": the first explicit date soon after.
            var explicitDate = anchors.Where(a => a.Rank == 3 && a.Start > match.Index && a.Start - match.Index <= 70).MinBy(a => a.Start);
            if (explicitDate is not null)
            {
                var since = explicitDate.Fixed ?? (published is { } pub ? explicitDate.Resolve!(pub) : null);
                windows.Add(new TallyWindow(match.Index, explicitDate.End - match.Index, since, 0, 0, false, since is null, "Dates.SinceDate"));
            }
            else if (SinceEvent.Match(value, match.Index) is { Success: true } sinceEvent && sinceEvent.Index == match.Index)
            {
                windows.Add(new TallyWindow(match.Index, sinceEvent.Length, null, 0, 0, false, true, "Dates.SinceEvent"));
            }
        }
        foreach (Match match in PastDays.Matches(value))
        {
            var unit = match.Groups["unit"].Value;
            var n = match.Groups["n"] is { Success: true, Value: not "single" } count ? int.TryParse(count.Value, out var parsed) ? parsed : 0 : 1;
            // "the last 0 days" or "the last 99999999 days" bound no period a tally can count over.
            if (n is < 1 or > MaxWindowDays)
            {
                continue;
            }
            var isMonth = unit.Contains("شهر", StringComparison.Ordinal) || unit.StartsWith("month", StringComparison.Ordinal);
            var isWeek = unit.Contains("اسبوع", StringComparison.Ordinal) || unit.StartsWith("week", StringComparison.Ordinal);
            // "In a month" alone is a window only with خلال/within/past; plain "in" needs the past/last wording.
            if (match.Value.StartsWith("in ", StringComparison.Ordinal) && !match.Value.Contains("past", StringComparison.Ordinal) && !match.Value.Contains("last", StringComparison.Ordinal))
            {
                continue;
            }
            windows.Add(new TallyWindow(match.Index, match.Length, null, isMonth ? 0 : isWeek ? 7 * n : n, isMonth ? n : 0, false, false, "Dates.PastDays"));
        }
        foreach (Match match in SameDay.Matches(value))
        {
            windows.Add(new TallyWindow(match.Index, match.Length, null, 0, 0, true, false, "Dates.SameDay"));
        }
        windows.Sort((a, b) => a.Start.CompareTo(b.Start));
        return windows;
    }

    // Anchors next to each other ("أمس الاثنين", "الأربعاء 15 تشرين الثاني") are one date; the most precise kind wins.
    private static IEnumerable<List<Anchor>> Merge(string value, List<Anchor> anchors)
    {
        var sorted = anchors.OrderBy(a => a.Start).ThenByDescending(a => a.End).ToList();
        var group = new List<Anchor>();
        var end = -1;
        foreach (var anchor in sorted)
        {
            // Two weekdays side by side («يومي السبت والأحد») are two days, not one.
            if (group.Count > 0 && (anchor.Start <= end || IsJoiner(value[end..anchor.Start]))
                && !(anchor.Rule == "Dates.Weekday" && group[^1].Rule == "Dates.Weekday"))
            {
                group.Add(anchor);
                end = Math.Max(end, anchor.End);
                continue;
            }
            if (group.Count > 0)
            {
                yield return group;
            }
            group = [anchor];
            end = anchor.End;
        }
        if (group.Count > 0)
        {
            yield return group;
        }
    }

    private static bool IsJoiner(string gap) => gap.Trim() is "" or "يوم" or "on" or "the" or "،";

    private static (TimeOnly Time, TimePrecision Precision, string? Rule, int Start, int End) TimeOfDay(
        string value, List<List<Match>> timesOfDay, int start, int end, TimePrecision precision)
    {
        for (var t = 0; t < TimesOfDay.Length; t++)
        {
            // Only a time of day next to the date can be its own.
            foreach (var match in timesOfDay[t].Where(m => m.Index + m.Length >= start - 10 && m.Index <= end + 10))
            {
                var gapBefore = match.Index + match.Length <= start ? value[(match.Index + match.Length)..start] : null;
                var gapAfter = match.Index >= end ? value[end..match.Index] : null;
                if (gapBefore is not null && gapBefore.Trim() is "" or "يوم" or "من يوم" or "اليوم" or "on"
                    || gapAfter is not null && gapAfter.Trim() is "" or "in the" or "at")
                {
                    var (time, timePrecision) = (TimesOfDay[t].Time, precision == TimePrecision.Week ? precision : TimesOfDay[t].Precision);
                    if (Hour.Match(value, Math.Max(0, match.Index - 20)) is { Success: true } hour && Math.Abs(hour.Index - match.Index) <= 20)
                    {
                        var h = HourOf(hour);
                        h = hour.Groups["ampm"].Value.StartsWith('p') || TimesOfDay[t].Time.Hour >= 15 && h < 12 ? h + 12 : h;
                        if (h < 24)
                        {
                            (time, timePrecision) = (new TimeOnly(h, 0), TimePrecision.Hour);
                        }
                    }
                    return (time, timePrecision, "Dates.TimeOfDay", Math.Min(match.Index, start), Math.Max(match.Index + match.Length, end));
                }
            }
        }
        // No word for the time of day, but a clock time close by: "On Jan. 20, at approximately 6:30 p.m.".
        if (precision == TimePrecision.Day && Clock(value, Math.Max(0, start - 25), Math.Min(value.Length, end + 40)) is { } clock)
        {
            return (clock.Time, TimePrecision.Hour, "Dates.ClockTime", Math.Min(start, clock.Start), Math.Max(end, clock.End));
        }
        return (new TimeOnly(12, 0), precision, null, start, end);
    }

    // A clock time with a.m./p.m. or after الساعة in [from, to): its hour and minutes.
    private static (TimeOnly Time, int Start, int End)? Clock(string value, int from, int to) =>
        Clocks(value, from, to).Select(c => ((TimeOnly Time, int Start, int End)?)c).FirstOrDefault();

    private static IEnumerable<(TimeOnly Time, int Start, int End)> Clocks(string value, int from, int to)
    {
        foreach (Match hour in Hour.Matches(value[from..to]))
        {
            var h = HourOf(hour);
            var m = hour.Groups["min"].Success ? int.Parse(hour.Groups["min"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var evening = !hour.Groups["ampm"].Success && Evening.Match(value, from + hour.Index + hour.Length) is { Success: true };
            h = (hour.Groups["ampm"].Value.StartsWith('p') || evening) && h < 12 ? h + 12 : hour.Groups["ampm"].Value.StartsWith('a') && h == 12 ? 0 : h;
            if (h < 24 && m < 60)
            {
                yield return (new TimeOnly(h, m), from + hour.Index, from + hour.Index + hour.Length);
            }
        }
    }

    private static int HourOf(Match hour) => hour.Groups["hw"].Success
        ? HourWords[hour.Groups["hw"].Value]
        : int.Parse(hour.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly? Safe(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    // A date without a year is the latest such date not after the publication (a day's slack for time zones).
    private static DateOnly? YearBefore(DateOnly published, int month, int day)
    {
        var candidate = Safe(published.Year, month, day);
        return candidate is { } c && c > published.AddDays(1) ? Safe(published.Year - 1, month, day) : candidate;
    }

    private static DateOnly LastWeekday(DateOnly published, DayOfWeek weekday, bool strictlyBefore)
    {
        var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        if (back == 0 && strictlyBefore)
        {
            back = 7;
        }
        return published.AddDays(-back);
    }

    private static bool Overlaps(int start, int length, int otherStart, int otherLength) =>
        start < otherStart + otherLength && otherStart < start + length;

    private static Dictionary<string, int> MonthTable()
    {
        var names = new (string Name, int Month)[]
        {
            ("كانون الثاني", 1), ("شباط", 2), ("اذار", 3), ("نيسان", 4), ("ايار", 5), ("حزيران", 6), ("تموز", 7), ("اب", 8),
            ("ايلول", 9), ("تشرين الاول", 10), ("تشرين الثاني", 11), ("كانون الاول", 12),
            ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("ابريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6), ("يوليو", 7),
            ("يوليه", 7), ("اغسطس", 8), ("سبتمبر", 9), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
            ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7), ("august", 8),
            ("september", 9), ("october", 10), ("november", 11), ("december", 12),
            ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9),
            ("oct", 10), ("nov", 11), ("dec", 12),
        };
        return names.ToDictionary(n => FoldedText.Fold(n.Name), n => n.Month, StringComparer.Ordinal);
    }

    private static Dictionary<string, int> OrdinalTable()
    {
        string[] units = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
        var names = new List<(string Name, int Day)>();
        for (var u = 0; u < units.Length; u++)
        {
            var unit = u == 0 ? "الحادي" : units[u];
            names.Add((units[u], u + 1));
            names.Add(($"{unit} عشر", u + 11));
            names.Add(($"{unit} والعشرين", u + 21));
        }
        names.AddRange([("العاشر", 10), ("العشرين", 20), ("الثلاثين", 30), ("الحادي والثلاثين", 31)]);
        return names.ToDictionary(n => FoldedText.Fold(n.Name), n => n.Day, StringComparer.Ordinal);
    }

    private static Dictionary<string, int> HourWordTable()
    {
        string[] hours = ["الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة", "الحادية عشرة", "الثانية عشرة"];
        return hours.Select((h, k) => (Name: FoldedText.Fold(h), Hour: k + 1)).ToDictionary(n => n.Name, n => n.Hour, StringComparer.Ordinal);
    }

    private static Dictionary<string, DayOfWeek> WeekdayTable()
    {
        var names = new (string Name, DayOfWeek Day)[]
        {
            ("الأحد", DayOfWeek.Sunday), ("الاثنين", DayOfWeek.Monday), ("الإثنين", DayOfWeek.Monday), ("الثلاثاء", DayOfWeek.Tuesday),
            ("الأربعاء", DayOfWeek.Wednesday), ("الخميس", DayOfWeek.Thursday), ("الجمعة", DayOfWeek.Friday), ("السبت", DayOfWeek.Saturday),
            ("sunday", DayOfWeek.Sunday), ("monday", DayOfWeek.Monday), ("tuesday", DayOfWeek.Tuesday), ("wednesday", DayOfWeek.Wednesday),
            ("thursday", DayOfWeek.Thursday), ("friday", DayOfWeek.Friday), ("saturday", DayOfWeek.Saturday),
        };
        return names.GroupBy(n => FoldedText.Fold(n.Name)).ToDictionary(g => g.Key, g => g.First().Day, StringComparer.Ordinal);
    }
}
