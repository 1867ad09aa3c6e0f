using Correlator.Domain.Reports;

namespace Correlator.Extraction.Rules;

/// <summary>A figure in folded text: its folded range (qualifier included) and where the number itself starts.</summary>
public sealed record NumberMention(int Start, int Length, int NumberStart, int Value, Qualifier Qualifier, string Rule);
