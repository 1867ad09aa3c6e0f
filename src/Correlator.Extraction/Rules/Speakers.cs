using System.Text.RegularExpressions;
using Correlator.Domain.Entities;
using Correlator.Extraction.Text;

namespace Correlator.Extraction.Rules;

/// <summary>
/// Who speaks: an armed group with a claim word (أعلنت، تبنّت، بيان، claimed), an official (البنتاغون، وزارة الدفاع،
/// مسؤول عسكري أميركي، السفيرة، Pentagon, US official), or a media outlet (قناة، وسائل إعلام، network). An official
/// who "told" a network is relayed by the media. A position in a sentence is governed by the nearest cue before
/// it, else by an attributing cue after it.
/// </summary>
public static class Speakers
{
    // "our fighters" (مجاهدونا), or "the fighters of" the group (مجاهدو المقاومة), is the group speaking of itself.
    private static readonly Regex ClaimWords = Lexicon.Words(
        "اعلن*", "تعلن", "يعلن", "تبن*", "بيان*", "مسؤوليت*", "مجاهدونا", "مجاهدينا", "مجاهدو", "ابطالنا", "claimed", "claims", "claiming", "claim",
        "announced", "statement", "our fighters", "our mujahideen");

    // Words that make a group's statement a claim only when the group is their subject, right before them.
    private static readonly Regex SaidAfterGroup = Lexicon.Words("said", "says", "said it", "announced", "stated");

    // Arabic puts the verb first: "وقالت المقاومة الإسلامية إنها استهدفت ...", "أكدت كتائب حزب الله ...".
    private static readonly Regex SaidBeforeGroup = Lexicon.Words("قال*", "ذكر*", "اكد*", "افاد*", "اوضح*");

    private static readonly Regex Officials = Lexicon.Words(
        "البنتاغون", "البنتاجون", "وزاره الدفاع", "الدفاع الامريكيه", "الدفاع الاميركيه", "الدفاع الامريكي", "وزير الدفاع",
        "مسؤول عسكري", "مسؤول امريكي", "مسؤول اميركي", "مسؤولين امريكيين", "مسؤولون امريكيون", "المسؤول العسكري", "المسؤول ذاته",
        "المسؤول نفسه", "المتحدث باسم البنتاغون", "القياده المركزيه", "سنتكوم", "الجيش الامريكي", "الجيش الاميركي",
        "السفيره", "السفير", "البيت الابيض", "واشنطن", "الولايات المتحده", "وزاره الخارجيه الامريكيه", "الخزانه",
        "pentagon", "department of defense", "defense department", "defense secretary", "secretary of defense", "defense official",
        "defense officials", "military official", "military officials", "us official", "us officials", "u s official", "u s officials",
        "american official", "centcom", "central command", "us military", "u s military", "white house", "ambassador", "washington",
        "state department", "the united states", "us forces said", "coalition spokesman",
        // British spelling, and an official named before by role only ("the official said", "Kurdish officials said").
        "defence official", "defence officials", "ministry of defence", "defence ministry", "defence secretary", "the official", "the officials",
        "an official", "kurdish official", "kurdish officials", "iraqi official", "iraqi officials",
        "security official", "security officials");

    // "صواريخ مجهولة المصدر" (rockets of unknown source) names no source that speaks.
    private static readonly Regex UnknownSource = Lexicon.Words("مجهوله المصدر", "مجهول المصدر", "مجهولة المصدر", "مجهوله المصادر", "unknown source", "unknown sources");

    // "No injuries were reported": the passive names no outlet.
    private static readonly Regex Passive = new(@"(?<![\p{L}])(?:was|were|been|is|are|be) $", Lexicon.Options);

    private static readonly Regex Media = Lexicon.Words(
        "وسائل اعلام", "وسائل الاعلام", "قناه", "قنوات", "شبكه", "وكاله", "وكالات", "صحيفه", "مراسل", "تلفزيون", "media", "news agency",
        "channel", "network", "newspaper", "correspondent", "reuters", "associated press", "afp", "reported", "news", "مصادر", "مصدر", "sources", "source");

    private static readonly Regex AttributionBefore = new(
        Lexicon.Alternation(["وفق*", "بحسب", "حسب", "نقلا عن", "according to", "citing", "قال*", "اعلن*", "اكد*", "ذكر*", "افاد*", "اضاف*", "اشار*", "told"])
        + @"(?: \p{L}+){0,2} $", Lexicon.Options);

    // Room for a title and a name: "Pentagon Press Secretary Maj Gen Pat Ryder said".
    private static readonly Regex AttributionAfter = new(
        @"^ ?(?:\p{L}+ ){0,7}" + Lexicon.Alternation(["said", "says", "told", "reported", "confirmed", "announced", "قال*", "اكد*", "اعلن*"]),
        Lexicon.Options);

    public static IReadOnlyList<SpeakerCue> Find(FoldedText text, IReadOnlyList<EntityMention> entities)
    {
        var value = text.Value;
        var cues = new List<SpeakerCue>();
        var groups = entities.Where(e => e.Kind == EntityKind.Group).ToList();
        foreach (Match claim in ClaimWords.Matches(value))
        {
            // The group named just after the claim word ("أعلنت المقاومة ...") or just before it ("Kataib Hezbollah claimed").
            var group = groups.FirstOrDefault(g => g.Start >= claim.Index && g.Start - (claim.Index + claim.Length) <= 60)
                ?? groups.LastOrDefault(g => g.Start + g.Length <= claim.Index && claim.Index - (g.Start + g.Length) <= 60);
            if (group is null)
            {
                continue;
            }
            var start = Math.Min(claim.Index, group.Start);
            var end = Math.Max(claim.Index + claim.Length, group.Start + group.Length);
            cues.Add(new SpeakerCue(start, end - start, SpeakerRole.ArmedGroup, group.Id, true, "Speakers.GroupClaim"));
        }
        foreach (Match said in SaidAfterGroup.Matches(value))
        {
            var group = groups.LastOrDefault(g => g.Start + g.Length <= said.Index && said.Index - (g.Start + g.Length) <= 12);
            if (group is not null && !cues.Any(c => c.Group == group.Id && c.Start <= group.Start && group.Start < c.Start + c.Length))
            {
                var end = said.Index + said.Length;
                cues.Add(new SpeakerCue(group.Start, end - group.Start, SpeakerRole.ArmedGroup, group.Id, true, "Speakers.GroupSaid"));
            }
        }
        foreach (Match said in SaidBeforeGroup.Matches(value))
        {
            var group = groups.FirstOrDefault(g => g.Start >= said.Index + said.Length && g.Start - (said.Index + said.Length) <= 2);
            if (group is not null && !cues.Any(c => c.Group == group.Id && c.Start <= group.Start && group.Start < c.Start + c.Length))
            {
                cues.Add(new SpeakerCue(said.Index, group.Start + group.Length - said.Index, SpeakerRole.ArmedGroup, group.Id, true, "Speakers.GroupSaid"));
            }
        }
        var unknown = UnknownSource.Matches(value).ToList();
        var media = Media.Matches(value)
            .Where(m => !unknown.Any(u => m.Index >= u.Index && m.Index < u.Index + u.Length) && !Passive.IsMatch(value[..m.Index])).ToList();
        foreach (Match official in Officials.Matches(value))
        {
            if (cues.Any(c => official.Index < c.Start + c.Length && c.Start < official.Index + official.Length))
            {
                continue;
            }
            var relayed = media.Any(m => m.Index >= official.Index + official.Length && m.Index - (official.Index + official.Length) <= 12);
            cues.Add(Cue(official, relayed ? SpeakerRole.Media : SpeakerRole.Official, relayed ? "Speakers.OfficialRelayedByMedia" : "Speakers.Official"));
        }
        foreach (var match in media)
        {
            if (!cues.Any(c => match.Index < c.Start + c.Length && c.Start < match.Index + match.Length))
            {
                cues.Add(Cue(match, SpeakerRole.Media, "Speakers.Media"));
            }
        }
        cues.Sort((a, b) => a.Start.CompareTo(b.Start));
        return cues;

        SpeakerCue Cue(Match match, SpeakerRole role, string rule)
        {
            var before = value[Math.Max(0, match.Index - 30)..match.Index];
            var after = value[(match.Index + match.Length)..Math.Min(value.Length, match.Index + match.Length + 60)];
            var attributes = AttributionBefore.IsMatch(before) || AttributionAfter.IsMatch(after);
            return new SpeakerCue(match.Index, match.Length, role, null, attributes, rule);
        }
    }

    /// <summary>
    /// The cue that governs a folded position: the nearest before it when it speaks (a claim, a speech verb, "according
    /// to"), else an attributing cue after it ("..., a U.S. official said"), else any cue before it (a dateline).
    /// </summary>
    public static SpeakerCue? Governing(IReadOnlyList<SpeakerCue> cues, int position)
    {
        var before = cues.LastOrDefault(c => c.Start <= position);
        return before is { Attributes: true } ? before : cues.FirstOrDefault(c => c.Start > position && c.Attributes) ?? before;
    }
}
