using System.Text.RegularExpressions;
using Correlator.Domain.Reports;
using Correlator.Extraction.Text;

namespace Correlator.Extraction.Rules;

/// <summary>
/// Outcome phrases: a hit ("أصابت هدفها بشكل مباشر", "direct hit"), an interception ("أحبطتها", "اعترضت",
/// "shot down"), no damage and no casualties ("من دون أن يسفر عن ضحايا وأضرار", "no injuries"), or damage.
/// Negated harm is read before plain damage, so "no damage" never counts as damage.
/// </summary>
public static class Outcomes
{
    private static readonly Regex Harmless = new(
        Lexicon.Alternation(["من دون ان يسفر عن", "دون ان يسفر عن", "لم يسفر عن", "لم تسفر عن", "دون وقوع", "لم يسفر", "لم تسفر", "دون",
            "لم تسجل", "لم يسجل", "لم تقع", "لم يقع", "no", "without causing", "without", "did not cause", "caused no"])
        + @" (?:\p{L}+ ){0,2}?(?<what>" + Lexicon.Alternation(["ضحايا", "اصابات", "اضرار", "خسائر", "casualties", "injuries", "damage", "deaths"]) + ")"
        + "(?:(?: or | and | او | )(?:no )?(?<also>" + Lexicon.Alternation(["ضحايا", "اصابات", "اضرار", "خسائر", "casualties", "injuries", "damage"]) + "))?",
        Lexicon.Options);

    // "No U.S. personnel were injured", "no one was killed": nobody of them hurt, as far as the words say.
    private static readonly Regex NobodyHurt = new(
        Lexicon.Alternation(["no", "none of the"]) + @" (?:\p{L}+ ){0,3}?" + Lexicon.Alternation(["one", "personnel", "troops", "soldiers", "service members", "servicemembers", "americans"])
        + " (?:was |were |had been |have been )?(?<what>" + Lexicon.Alternation(["injured", "hurt", "wounded", "killed"]) + ")",
        Lexicon.Options);

    private static readonly (Outcome Outcome, Regex Pattern)[] Patterns =
    [
        // "The UAS was destroyed", "engaged and destroyed": the weapon destroyed, not the base damaged.
        (Outcome.Intercepted, new Regex(Lexicon.Alternation(["uas", "uav", "uavs", "drone", "drones", "rocket", "rockets", "missile", "missiles", "one", "both"])
            + " (?:was|were) (?:engaged and )?destroyed|" + Lexicon.Alternation(["engaged and destroyed"]), Lexicon.Options)),
        (Outcome.Intercepted, Lexicon.Words("احبط*", "اعترض*", "اعتراض", "اسقط*", "اسقاط", "تصدت", "تصدى", "التصدي", "intercepted", "intercepting", "shoot down", "shot down", "thwarted", "downed", "repelled", "foiled")),
        (Outcome.Hit, Lexicon.Words("اصابت هدف*", "اصابتا هدف*", "اصاب هدف*", "اصابت اهداف*", "اصابتا اهداف*", "بشكل مباشر", "اصابه مباشره", "اصابات مباشره", "direct hit", "direct hits", "hit its target", "hit their target", "hit their targets", "hitting its target")),
        (Outcome.Damage, Lexicon.Words("اضرار", "اضرارا", "الحاق اضرار", "damage", "damaged", "destroyed", "تدمير")),
    ];

    public static IReadOnlyList<OutcomeMention> Find(FoldedText text)
    {
        var found = new List<OutcomeMention>();
        foreach (Match match in Harmless.Matches(text.Value))
        {
            var words = match.Groups["what"].Value + " " + match.Groups["also"].Value;
            var noDamage = words.Contains("اضرار", StringComparison.Ordinal) || words.Contains("damage", StringComparison.Ordinal);
            var noHarm = words.Contains("ضحايا", StringComparison.Ordinal) || words.Contains("اصابات", StringComparison.Ordinal)
                || words.Contains("خسائر", StringComparison.Ordinal) || words.Contains("casualties", StringComparison.Ordinal)
                || words.Contains("injuries", StringComparison.Ordinal) || words.Contains("deaths", StringComparison.Ordinal);
            found.Add(new OutcomeMention(
                match.Index, match.Length,
                noDamage ? Outcome.NoDamage : Outcome.Unknown,
                noHarm ? new Casualties(0, 0) : null,
                "Outcomes.NoHarm"));
        }
        foreach (Match match in NobodyHurt.Matches(text.Value))
        {
            var killed = match.Groups["what"].Value.StartsWith("killed", StringComparison.Ordinal);
            found.Add(new OutcomeMention(match.Index, match.Length, Outcome.Unknown, killed ? new Casualties(Killed: 0) : new Casualties(Injured: 0), "Outcomes.NobodyHurt"));
        }
        foreach (var (outcome, pattern) in Patterns)
        {
            foreach (Match match in pattern.Matches(text.Value))
            {
                if (!found.Any(f => match.Index < f.Start + f.Length && f.Start < match.Index + match.Length))
                {
                    found.Add(new OutcomeMention(match.Index, match.Length, outcome, null, $"Outcomes.{outcome}"));
                }
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }
}
