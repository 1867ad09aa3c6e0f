using Correlator.Domain.Reports;

namespace Correlator.Extraction.Rules;

/// <summary>
/// An aggregate figure in folded text: "أكثر من 60 هجومًا", "59 جنديًا" after a casualty word, "4 في سوريا".
/// <see cref="Revises"/> is the earlier figure it replaces ("to 47, up from 34").
/// </summary>
public sealed record TallyFigure(int Start, int Length, int Value, Qualifier Qualifier, TallyMetric Metric, Region Region, bool RegionStated, string Rule, int? Revises = null);
