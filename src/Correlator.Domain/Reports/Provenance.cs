namespace Correlator.Domain.Reports;

/// <summary>Set when a report was proposed by the article extractor rather than entered by an operator.</summary>
public sealed record Provenance(double Confidence, int SpanStart, int SpanLength, IReadOnlyList<string> Rules);
