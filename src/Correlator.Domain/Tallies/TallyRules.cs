using Correlator.Domain.Humanizing;
using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;

namespace Correlator.Domain.Tallies;

/// <summary>How competing figures for one metric are reconciled, and when they are worth flagging.</summary>
public static class TallyRules
{
    public const string EstimateRule =
        "Low: the largest lower bound among all figures (a count over a shorter window is a floor for the whole) and the "
        + "count logged here. High: the smallest upper bound among figures that cover the whole period and count every "
        + "attack (a facility-only count is no ceiling). Best: the latest figure covering the whole period, one counting every attack before a facility-only one, kept within low and high.";

    /// <summary>What was logged in the window all the figures span: all <see cref="Reconcile"/> needs of the timeline.</summary>
    public static LoggedCounts CountsBehind(IReadOnlyList<TallyObservation> figures, LoggedTimeline logged)
    {
        var (start, end) = Span(figures);
        return logged.Between(start, end);
    }

    public static TallySeries Reconcile(Region region, TallyMetric metric, IReadOnlyList<TallyObservation> figures, LoggedCounts counts)
    {
        var (start, end) = Span(figures);
        bool FromTheStart(TallyObservation f) => f.From is null || f.From <= start + TallyObservation.StartSlack;
        // A facility-only count says less than a count of every attack, however recent: it heads the series only alone.
        var headline = figures.LastOrDefault(f => FromTheStart(f) && f.CountingRule == CountingRule.AllAttacks)
                       ?? figures.LastOrDefault(FromTheStart);

        var low = Math.Max(figures.Select(f => f.Low).DefaultIfEmpty(0).Max(), Logged(counts, metric));
        var ceilings = figures
            .Where(f => f.High is not null && f.CountingRule == CountingRule.AllAttacks && f.End >= end && FromTheStart(f))
            .Select(f => f.High!.Value).ToList();
        // Contradictory figures leave no trustworthy ceiling; the contradiction is flagged as a discrepancy instead.
        int? high = ceilings.Count == 0 || ceilings.Min() < low ? null : ceilings.Min();
        var best = Math.Max(low, Math.Min(headline?.Point ?? low, high ?? int.MaxValue));
        var asOf = figures.Count == 0 ? (DateTimeOffset?)null : figures.Max(f => f.To);
        return new TallySeries(TallySeries.KeyOf(region, metric), region, metric, figures, counts,
            new TallyEstimate(low, best, high, asOf, EstimateRule));
    }

    /// <summary>What was logged in the window of the latest official figure, if any: all <see cref="Discrepancies"/> needs of the timeline.</summary>
    public static LoggedCounts? CountsBehindGaps(TallySeries series, LoggedTimeline logged) =>
        series.Observations.LastOrDefault(o => o.IsOfficial) is { } latest ? logged.Between(latest.From, latest.End) : null;

    public static IEnumerable<Discrepancy> Discrepancies(TallySeries series, LoggedCounts? countsBehindGaps)
    {
        var latest = series.Observations.LastOrDefault(o => o.IsOfficial);
        if (latest is not null && countsBehindGaps is { } counts)
        {
            if (Gap(series, latest, Logged(counts, series.Metric), DiscrepancyKind.TallyGap, "logged") is { } gap)
            {
                yield return gap;
            }
            if (series.Metric == TallyMetric.Attacks
                && Gap(series, latest, counts.Claims, DiscrepancyKind.ClaimTallyGap, "claimed by armed groups") is { } claimGap)
            {
                yield return claimGap;
            }
        }
        if (Contradiction(series) is { } contradiction)
        {
            yield return contradiction;
        }
    }

    private static (DateTimeOffset? Start, DateTimeOffset End) Span(IReadOnlyList<TallyObservation> figures) =>
        (figures.Count == 0 || figures.Any(f => f.From is null) ? null : figures.Min(f => f.From),
            figures.Count == 0 ? DateTimeOffset.MaxValue : figures.Max(f => f.End));

    private static int Logged(LoggedCounts counts, TallyMetric metric) => metric switch
    {
        TallyMetric.Attacks => counts.Incidents,
        TallyMetric.Killed => counts.Killed,
        _ => counts.Injured,
    };

    private static Discrepancy? Gap(TallySeries series, TallyObservation figure, int count, DiscrepancyKind kind, string what)
    {
        var bounds = figure.Bounds;
        // A facility-only figure leaves out attacks downed en route, which are logged here: more logged is no gap.
        var exceeds = bounds.IsBelow(count) && figure.CountingRule == CountingRule.AllAttacks;
        if (!bounds.IsAbove(count) && !exceeds)
        {
            return null;
        }
        var noun = Noun(series.Metric);
        var difference = bounds.IsAbove(count)
            ? $"at least {Phrases.Number(bounds.Low - count)} fewer than the official figure"
            : $"{Phrases.Number(count - bounds.High!.Value)} more than the official figure allows";
        var logged = kind == DiscrepancyKind.TallyGap
            ? $"Correlator has logged {(series.Metric == TallyMetric.Attacks ? Phrases.Count(count, "incident") : Phrases.Count(count, noun, noun.Pluralize(2)))}"
            : $"{Phrases.Count(count, "attack")} {(count == 1 ? "was" : "were")} {what}";
        var summary = $"{figure.Source.Name} counted {Phrases.Figure(figure.Value, figure.Qualifier)} {noun.Pluralize(figure.Value)} "
                      + $"{Scope(series.Region)} {Window(figure)}{Rule(figure)}; {logged} in that window, {difference}.";
        return new Discrepancy(IncidentRules.IdOf(kind, series.Key), kind,
            new DiscrepancySubject(Region: series.Region, Metric: series.Metric), summary,
            [new Evidence(figure.ReportId, figure.Kind, figure.Source, figure.Quote, figure.Language)]);
    }

    /// <summary>
    /// A later figure whose window holds an earlier one yet allows fewer: a cumulative count cannot shrink. For
    /// casualties this is a casualty conflict between sources; for attacks, an official revision that contradicts.
    /// </summary>
    private static Discrepancy? Contradiction(TallySeries series)
    {
        var casualties = series.Metric != TallyMetric.Attacks;
        foreach (var later in series.Observations.Reverse())
        {
            if (!casualties && !later.IsOfficial)
            {
                continue;
            }
            // A facility-only count may be below an earlier count of every attack without either being wrong.
            var earlier = series.Observations.FirstOrDefault(e =>
                !ReferenceEquals(e, later) && later.Covers(e) && later.High is { } high && high < e.Low
                && (casualties || e.IsOfficial)
                && (later.CountingRule == CountingRule.AllAttacks || e.CountingRule == CountingRule.FacilityStrikes));
            if (earlier is null)
            {
                continue;
            }
            var kind = casualties ? DiscrepancyKind.CasualtyConflict : DiscrepancyKind.TallyRevision;
            var noun = Noun(series.Metric);
            var summary = $"{later.Source.Name} gives {Phrases.Figure(later.Value, later.Qualifier)} {noun.Pluralize(later.Value)} "
                          + $"{Scope(series.Region)} {Window(later)}, fewer than the {Phrases.Figure(earlier.Value, earlier.Qualifier)} "
                          + $"that {earlier.Source.Name} gave {Window(earlier)}.";
            return new Discrepancy(IncidentRules.IdOf(kind, series.Key), kind,
                new DiscrepancySubject(Region: series.Region, Metric: series.Metric), summary,
                [Evidence(earlier), Evidence(later)]);
        }
        return null;
    }

    private static Evidence Evidence(TallyObservation o) => new(o.ReportId, o.Kind, o.Source, o.Quote, o.Language);

    private static string Noun(TallyMetric metric) => metric switch
    {
        TallyMetric.Attacks => "attack",
        TallyMetric.Killed => "person killed",
        _ => "person injured",
    };

    private static string Pluralize(this string noun, int count) => noun switch
    {
        "attack" => count == 1 ? "attack" : "attacks",
        "person killed" => count == 1 ? "person killed" : "people killed",
        _ => count == 1 ? "person injured" : "people injured",
    };

    private static string Scope(Region region) => region switch
    {
        Region.Iraq => "in Iraq",
        Region.Syria => "in Syria",
        Region.Jordan => "in Jordan",
        _ => "across the region",
    };

    private static string Window(TallyObservation o) =>
        o.From is { } from ? $"from {Phrases.Date(from)} to {Phrases.Date(o.To)}" : $"up to {Phrases.Date(o.To)}";

    private static string Rule(TallyObservation o) =>
        o.CountingRule == CountingRule.FacilityStrikes ? ", counting only strikes on facilities" : "";
}
