using Correlator.Extraction.Rules;
using Correlator.Extraction.Text;

namespace Correlator.Extraction;

/// <summary>Everything the rule families found in one sentence, in folded coordinates.</summary>
internal sealed record SentenceFacts(
    Sentence Sentence,
    IReadOnlyList<EntityMention> Entities,
    IReadOnlyList<SpeakerCue> Cues,
    IReadOnlyList<WeaponMention> Weapons,
    IReadOnlyList<OutcomeMention> Outcomes,
    DateFindings Dates,
    IReadOnlyList<TallyFigure> Tallies,
    IReadOnlyList<int> AttackWords,
    bool Aside,
    DateMention? PostDate,
    IReadOnlyList<int> ClauseBreaks,
    bool EndsWithColon,
    bool StartsWithListMarker);
