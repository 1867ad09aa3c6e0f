using System.Text.RegularExpressions;
using Correlator.Domain.Entities;
using Correlator.Extraction.Text;

namespace Correlator.Extraction.Rules;

/// <summary>
/// Bases and groups through the gazetteer (its normalisation handles attached prefixes and the article), group
/// leaders and spokesmen as evidence of their group, and the bare "المقاومة الإسلامية" / "the Islamic Resistance"
/// of Iraqi reporting as the Islamic Resistance in Iraq unless another country follows.
/// </summary>
public sealed class Entities
{
    // Atomic, so that "المقاومة الإسلامية في لبنان" cannot match as a shorter "المقاومة" followed by something else.
    private static readonly Regex BareResistance = new(
        @"(?<![\p{L}\p{N}])(?>(?:[وف]?(?:[بك]?ال|لل))مقاومه(?: الاسلاميه)?|islamic resistance|the resistance)"
        + @"(?! (?:في |of |in |ب)?(?:ال)?(?:لبنان|فلسطين|فلسطينيه|اليمن|البحرين|سوريا|سوريه|اللبنانيه|lebanon|palestine|yemen|bahrain|syria))",
        Lexicon.Options);

    private static readonly Regex Abbreviation = new(@"(?<![\p{L}.])(\p{Lu})\.(\p{Lu})\.", RegexOptions.CultureInvariant);

    private readonly Gazetteer gazetteer;
    private readonly (string Id, Regex Names)[] leaders;
    private readonly string? resistanceId;

    public Entities(Gazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
        leaders = [.. gazetteer.Groups.Where(g => g.Leaders.Count > 0).Select(g => (g.Id, Lexicon.Words([.. g.Leaders])))];
        resistanceId = gazetteer.ResolveGroup("Islamic Resistance in Iraq");
    }

    public IReadOnlyList<EntityMention> Find(string article, Sentence sentence)
    {
        var found = new List<EntityMention>();
        // "U.S. embassy" is named as "US embassy" in the gazetteer; same length keeps the offsets.
        var text = Abbreviation.Replace(article.Substring(sentence.Start, sentence.Length), "$1$2  ");
        foreach (var match in gazetteer.FindMentions(text))
        {
            var start = sentence.Folded.FoldedAt(sentence.Start + match.Start);
            var end = sentence.Folded.FoldedAt(sentence.Start + match.Start + match.Length);
            found.Add(new EntityMention(start, end - start, match.Kind, match.Id, $"Entities.Gazetteer.{match.Kind}"));
        }
        var folded = sentence.Folded.Value;
        foreach (var (id, names) in leaders)
        {
            foreach (Match match in names.Matches(folded))
            {
                AddUnlessCovered(new EntityMention(match.Index, match.Length, EntityKind.Group, id, "Entities.Leader"));
            }
        }
        if (resistanceId is not null)
        {
            foreach (Match match in BareResistance.Matches(folded))
            {
                AddUnlessCovered(new EntityMention(match.Index, match.Length, EntityKind.Group, resistanceId, "Entities.BareResistance"));
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;

        void AddUnlessCovered(EntityMention mention)
        {
            if (!found.Any(f => mention.Start < f.Start + f.Length && f.Start < mention.Start + mention.Length))
            {
                found.Add(mention);
            }
        }
    }
}
