using System.Text.RegularExpressions;
using Correlator.Domain.Reports;
using Correlator.Extraction.Text;

namespace Correlator.Extraction.Rules;

/// <summary>
/// Weapons and how many: the Arabic singular after the instrumental ب ("بطائرة مسيرة") or with "a"/"one" is one,
/// the dual (طائرتين مسيرتين، صاروخين) is two, a plural takes the figure written before it ("3 صواريخ", "two drones")
/// and otherwise stays uncounted.
/// </summary>
public static class Weapons
{
    private enum Number
    {
        Singular,
        Dual,
        Plural,
        Either,
    }

    private static readonly (Weapon Weapon, Number Number, string[] Words)[] Vocabulary =
    [
        (Weapon.Missile, Number.Singular, ["صاروخ باليستي", "صاروخ بالستي", "صاروخ كروز", "ballistic missile", "cruise missile"]),
        (Weapon.Missile, Number.Dual, ["صاروخين باليستيين", "صاروخان باليستيان", "صاروخين بالستيين", "صاروخان بالستيان", "صاروخي كروز", "صاروخين من نوع كروز"]),
        (Weapon.Missile, Number.Plural, ["صواريخ باليستيه", "صواريخ بالستيه", "صواريخ كروز", "ballistic missiles", "cruise missiles"]),
        (Weapon.Drone, Number.Dual, ["طائرتين مسيرتين", "طائرتان مسيرتان", "مسيرتين", "مسيرتان", "طائرتين بدون طيار", "طائرتين من دون طيار"]),
        (Weapon.Drone, Number.Singular, ["طائره مسيره", "طائره بدون طيار", "طائره من دون طيار", "مسيره", "درون", "drone", "attack drone", "one way attack drone", "suicide drone", "kamikaze drone", "uav", "unmanned aerial vehicle"]),
        (Weapon.Drone, Number.Plural, ["drone swarm", "drone swarms", "drone barrage", "الطيران المسير", "طائرات مسيره", "طائرات بدون طيار", "طائرات من دون طيار", "مسيرات", "drones", "attack drones", "one way attack drones", "suicide drones", "kamikaze drones", "uavs", "unmanned aerial vehicles"]),
        // CENTCOM writes "UAS" (unmanned aircraft system) for one or many: "a one-way attack UAS", "two one-way attack UAS".
        (Weapon.Drone, Number.Either, ["uas", "one way attack uas", "one way attack uav", "unmanned aircraft system", "unmanned aircraft systems"]),
        (Weapon.Rocket, Number.Dual, ["صاروخين", "صاروخان", "صاروخي كاتيوشا", "قذيفتين", "قذيفتان"]),
        (Weapon.Rocket, Number.Singular, ["صاروخ", "صاروخ كاتيوشا", "rocket", "katyusha", "katyusha rocket"]),
        (Weapon.Rocket, Number.Plural, ["صواريخ", "صواريخ كاتيوشا", "صاروخيه", "قذائف صاروخيه", "كاتيوشا", "katyusha rockets", "rockets", "katyushas", "rocket fire"]),
        (Weapon.Mortar, Number.Singular, ["قذيفه هاون", "هاون", "mortar", "mortar round", "mortar shell"]),
        (Weapon.Mortar, Number.Dual, ["قذيفتا هاون", "قذيفتي هاون", "قذيفتين هاون", "قذيفتان هاون"]),
        (Weapon.Mortar, Number.Plural, ["قذائف هاون", "قذائف", "mortars", "mortar rounds", "mortar shells", "shells"]),
        (Weapon.Ied, Number.Singular, ["عبوه ناسفه", "ied", "roadside bomb", "improvised explosive device"]),
        (Weapon.Ied, Number.Plural, ["عبوات ناسفه", "ieds", "roadside bombs"]),
    ];

    private static readonly (Weapon Weapon, Number Number, Regex Pattern)[] Patterns =
        [.. Vocabulary.Select(v => (v.Weapon, v.Number, Lexicon.Words(v.Words)))];

    private static readonly Regex Instrumental = new("^[وف]?ب", Lexicon.Options);
    private static readonly Regex Article = new("(?:^| )(?:a|an|one|single) $", Lexicon.Options);

    public static IReadOnlyList<WeaponMention> Find(FoldedText text, IReadOnlyList<NumberMention> numbers)
    {
        var found = new List<WeaponMention>();
        // Longest phrase first across all weapons, so "طائرات مسيرة" is one plural, not a singular "مسيرة".
        var matches = Patterns
            .SelectMany(p => p.Pattern.Matches(text.Value).Select(m => (p.Weapon, p.Number, Match: m)))
            .OrderByDescending(m => m.Match.Length).ThenBy(m => m.Match.Index);
        foreach (var (weapon, number, match) in matches)
        {
            if (found.Any(f => match.Index < f.Start + f.Length && f.Start < match.Index + match.Length))
            {
                continue;
            }
            var count = number switch
            {
                Number.Dual => 2,
                Number.Singular when IsOne(text.Value, match) => 1,
                Number.Singular when numbers.Any(n => n.Value == 1 && n.Start + n.Length + 1 == match.Index) => 1,
                Number.Either when IsOne(text.Value, match) => 1,
                Number.Plural or Number.Either => numbers.LastOrDefault(n => n.Start + n.Length + 1 == match.Index)?.Value,
                _ => null,
            };
            found.Add(new WeaponMention(match.Index, match.Length, weapon, count, $"Weapons.{weapon}.{number}"));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    // The instrumental ب attached to the word ("بطائرة") or an English article in front ("a drone") makes it one.
    private static bool IsOne(string text, Match match) =>
        Instrumental.IsMatch(match.Value) || Article.IsMatch(text[Math.Max(0, match.Index - 8)..match.Index]);
}
