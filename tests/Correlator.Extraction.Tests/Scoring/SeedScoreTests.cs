using System.Text.Json;
using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;
using Xunit.Abstractions;

namespace Correlator.Extraction.Tests.Scoring;

/// <summary>
/// Scores the extractor against seeds/gold/seed-articles.json (the matching rule is in <see cref="Alignment"/> and
/// <see cref="Slots"/>, and in this project's README) and prints the figures. The score covers the kinds the
/// extractor proposes: claims, official incidents, media reports and both kinds of tally. Attributions, threats
/// and counter-strikes in the gold are printed as a recall figure of their own, not extracted yet.
/// </summary>
public sealed class SeedScoreTests(ITestOutputHelper output)
{
    private static readonly ReportKind[] Scored =
        [ReportKind.Claim, ReportKind.OfficialIncident, ReportKind.MediaReport, ReportKind.OfficialTally, ReportKind.MediaTally];

    [Fact]
    public void The_extractor_reaches_an_F1_of_at_least_0_85_on_the_seed_articles()
    {
        var gold = JsonSerializer.Deserialize<List<Report>>(File.ReadAllText(Repo.Seed("gold", "seed-articles.json")), ReportJson.Options)!;
        var extractor = new ArticleExtractor(Repo.Gazetteer);
        var total = new GoldScore(0, 0, 0, 0, 0, 0);
        foreach (var file in Directory.GetFiles(Repo.Seed("articles"), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var text = File.ReadAllText(file);
            var goldHere = gold.Where(g => g.Article == name && Scored.Contains(g.Kind)).ToList();
            var published = gold.First(g => g.Article == name).Source.PublishedAt;
            var extraction = extractor.Extract(new Article(text, new Source(name, SourceType.Media, null, published), Name: name));
            var candidates = extraction.Candidates.Where(c => Scored.Contains(c.Report.Kind)).ToList();
            var (score, misses) = Alignment.Score(text, candidates, goldHere);
            output.WriteLine($"{name}: P={score.Precision:0.000} R={score.Recall:0.000} F1={score.F1:0.000} ({score.Reports} candidates, {score.GoldReports} gold, {score.ExactReports} exact)");
            foreach (var miss in misses)
            {
                output.WriteLine(miss);
            }
            total += score;
        }
        var unscored = gold.Count(g => !Scored.Contains(g.Kind));
        output.WriteLine($"ALL: slot precision {total.Precision:0.000}, recall {total.Recall:0.000}, F1 {total.F1:0.000}; " +
            $"{total.ExactReports}/{total.GoldReports} gold reports matched on every slot; {total.Reports} candidates.");
        output.WriteLine($"Not scored: {unscored} gold attributions, threats and counter-strikes (the extractor does not propose these kinds).");
        total.F1.ShouldBeGreaterThanOrEqualTo(0.85);
    }
}
