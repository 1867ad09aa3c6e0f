using System.Collections.Concurrent;
using System.Globalization;
using Correlator.Domain.Reports;
using Humanizer;

namespace Correlator.Domain.Humanizing;

/// <summary>The small pieces of English that discrepancy summaries are made of, with numbers in words where natural.</summary>
public static class Phrases
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    // Humanizer's pluralising runs a list of regular expressions; every summary names weapons, and there are few pairs.
    // Keyed by culture too: Humanizer writes numbers in words in the current UI culture.
    private static readonly ConcurrentDictionary<(Weapon?, int?, string), string> WeaponPhrases = new();

    /// <summary>"two drones", "a drone", "rockets", "an attack".</summary>
    public static string Weapons(Weapon? weapon, int? count) =>
        WeaponPhrases.GetOrAdd((weapon, count, CultureInfo.CurrentUICulture.Name), static key => DescribeWeapons(key.Item1, key.Item2));

    private static string DescribeWeapons(Weapon? weapon, int? count)
    {
        if (weapon is null or Weapon.Unknown)
        {
            return count is > 1 ? "attack".ToQuantity(count.Value, ShowQuantityAs.Words) : "an attack";
        }
        var noun = weapon == Weapon.Ied ? "IED" : weapon.Value.ToString().ToLowerInvariant();
        return count switch
        {
            null => IsPlural(weapon, count) ? noun.Pluralize() : Article(noun) + noun,
            1 => Article(noun) + noun,
            _ => noun.ToQuantity(count.Value, ShowQuantityAs.Words),
        };
    }

    /// <summary>
    /// Whether <see cref="Weapons"/> names several: a count above one, or rockets and mortars without a count (they are
    /// fired in salvoes, so "rockets" rather than "a rocket"), which then take a plural verb.
    /// </summary>
    public static bool IsPlural(Weapon? weapon, int? count) => count is > 1 || count is null && weapon is Weapon.Rocket or Weapon.Mortar;

    /// <summary>"an attack", or "an attack with two drones".</summary>
    public static string Attack(Weapon? weapon, int? count) =>
        weapon is null or Weapon.Unknown ? Weapons(weapon, count) : $"an attack with {Weapons(weapon, count)}";

    /// <summary>A figure with its hedge: "more than 60", "at least 24", "about 40", "no".</summary>
    public static string Figure(int value, Qualifier qualifier)
    {
        if (value == 0 && qualifier == Qualifier.Exact)
        {
            return "no";
        }
        var number = Number(value);
        return qualifier switch
        {
            Qualifier.AtLeast => $"at least {number}",
            Qualifier.MoreThan => $"more than {number}",
            Qualifier.About => $"about {number}",
            Qualifier.UpTo => $"up to {number}",
            _ => number,
        };
    }

    /// <summary>A count of things: "one attack", "92 attacks", "no incidents"; give the plural when it is not regular.</summary>
    public static string Count(int value, string noun, string? plural = null) =>
        value == 0 ? $"no {plural ?? noun.Pluralize()}"
        : value == 1 ? $"one {noun}"
        : $"{Number(value)} {plural ?? noun.Pluralize()}";

    /// <summary>Words up to ten, digits beyond, as newsrooms write them.</summary>
    public static string Number(int value) => value is >= 0 and <= 10 ? value.ToWords() : value.ToString("N0", English);

    /// <summary>"on 26 October 2023", "on 26 October 2023 around 19:00 UTC+3", "in October 2023".</summary>
    public static string When(DateTimeOffset? at, TimePrecision precision) => at switch
    {
        null => "at an unknown time",
        { } t => precision switch
        {
            TimePrecision.Exact or TimePrecision.Hour => $"on {t.ToString("d MMMM yyyy", English)} around {t.ToString("HH:mm", English)} {Zone(t.Offset)}",
            TimePrecision.Day => $"on {t.ToString("d MMMM yyyy", English)}",
            TimePrecision.Week => $"in the week of {t.ToString("d MMMM yyyy", English)}",
            _ => $"in {t.ToString("MMMM yyyy", English)}",
        },
    };

    // Sources date attacks in their own zones (Baghdad, Washington, UTC): a clock time means nothing without its zone.
    private static string Zone(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return "UTC";
        }
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var span = offset.Duration();
        return span.Minutes == 0 ? $"UTC{sign}{span.Hours}" : $"UTC{sign}{span.Hours}:{span.Minutes:D2}";
    }

    public static string Date(DateTimeOffset at) => at.ToString("d MMMM yyyy", English);

    /// <summary>"two days after the claim"; empty when the two are less than an hour apart (nothing worth saying).</summary>
    public static string Relative(DateTimeOffset? later, DateTimeOffset? earlier, string what)
    {
        var gap = later - earlier;
        if (gap is null || gap.Value.Duration() < TimeSpan.FromHours(1))
        {
            return "";
        }
        var span = gap.Value.Duration().Humanize(precision: 1, culture: English, maxUnit: Humanizer.Localisation.TimeUnit.Day, toWords: true);
        return gap > TimeSpan.Zero ? $"{span} after {what}" : $"{span} before {what}";
    }

    public static string Outcome(Outcome outcome, bool plural) => outcome switch
    {
        Reports.Outcome.Hit => plural ? "hit their targets" : "hit its target",
        Reports.Outcome.Damage => "caused damage",
        Reports.Outcome.Intercepted => plural ? "were thwarted" : "was thwarted",
        Reports.Outcome.NoDamage => "caused no damage or casualties",
        _ => "had an unknown outcome",
    };

    public static string Casualties(Casualties casualties)
    {
        var parts = new List<string>();
        if (casualties.Killed is { } killed)
        {
            parts.Add(killed == 0 ? "nobody killed" : $"{Figure(killed, casualties.Qualifier)} killed");
        }
        if (casualties.Injured is { } injured)
        {
            parts.Add(injured == 0 ? "nobody injured" : $"{Figure(injured, casualties.Qualifier)} injured");
        }
        return parts.Count == 0 ? "no casualty figure" : string.Join(" and ", parts);
    }

    // Case-blind so that the abbreviation "IED" (read "eye-ee-dee") takes "an".
    private static string Article(string noun) => "aeiou".Contains(char.ToLowerInvariant(noun[0]), StringComparison.Ordinal) ? "an " : "a ";
}
