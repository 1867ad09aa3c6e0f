using Correlator.Domain.Reports;

namespace Correlator.Extraction.Tests.Scoring;

/// <summary>
/// Pairs candidates with gold reports of one article and counts agreeing slots. A candidate may pair with a gold
/// report only when its quoted span overlaps the gold quote's span in the article (so a lucky match elsewhere in
/// the text does not count); among those, pairs are made greedily, most agreeing slots first, one to one.
/// Unpaired candidates cost precision, unpaired gold reports cost recall, slot by slot.
/// </summary>
public static class Alignment
{
    public static (GoldScore Score, IReadOnlyList<string> Misses) Score(string article, IReadOnlyList<Candidate> candidates, IReadOnlyList<Report> gold)
    {
        var goldSpans = gold.Select(g => (Start: article.IndexOf(g.Quote!, StringComparison.Ordinal), g.Quote!.Length)).ToList();
        var pairs = new List<(int C, int G, int Agreeing)>();
        for (var c = 0; c < candidates.Count; c++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                var (start, length) = goldSpans[g];
                if (start < candidates[c].Start + candidates[c].Length && candidates[c].Start < start + length)
                {
                    pairs.Add((c, g, Agreeing(candidates[c].Report, gold[g])));
                }
            }
        }
        var usedC = new HashSet<int>();
        var usedG = new HashSet<int>();
        var agreeing = 0;
        var exact = 0;
        var misses = new List<string>();
        foreach (var (c, g, count) in pairs.OrderByDescending(p => p.Agreeing).ThenBy(p => p.C).ThenBy(p => p.G))
        {
            if (count == 0 || usedC.Contains(c) || usedG.Contains(g))
            {
                continue;
            }
            usedC.Add(c);
            usedG.Add(g);
            agreeing += count;
            var goldSlots = Slots.Of(gold[g]);
            var candidateSlots = Slots.Of(candidates[c].Report);
            if (count == goldSlots.Count && count == candidateSlots.Count)
            {
                exact++;
            }
            else
            {
                misses.Add($"  ~ {gold[g].Id}: gold {Show(goldSlots)} | got {Show(candidateSlots)}");
            }
        }
        misses.AddRange(Enumerable.Range(0, gold.Count).Where(g => !usedG.Contains(g)).Select(g => $"  - missed {gold[g].Id}: {Show(Slots.Of(gold[g]))}"));
        misses.AddRange(Enumerable.Range(0, candidates.Count).Where(c => !usedC.Contains(c)).Select(c => $"  + extra {Show(Slots.Of(candidates[c].Report))} «{Trim(candidates[c].Quote)}»"));
        var score = new GoldScore(
            candidates.Sum(c => Slots.Of(c.Report).Count), gold.Sum(g => Slots.Of(g).Count), agreeing, candidates.Count, gold.Count, exact);
        return (score, misses);
    }

    private static int Agreeing(Report candidate, Report gold)
    {
        var c = Slots.Of(candidate);
        return Slots.Of(gold).Count(slot => c.TryGetValue(slot.Key, out var value) && value == slot.Value);
    }

    private static string Show(IReadOnlyDictionary<string, string> slots) => string.Join(", ", slots.Select(s => $"{s.Key}={s.Value}"));

    private static string Trim(string quote) => quote.Length <= 80 ? quote : quote[..80] + "…";
}
