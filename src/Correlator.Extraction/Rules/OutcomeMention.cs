using Correlator.Domain.Reports;

namespace Correlator.Extraction.Rules;

/// <summary>What an attack did, as a phrase says it; a "no casualties" phrase also gives zero casualties.</summary>
public sealed record OutcomeMention(int Start, int Length, Outcome Outcome, Casualties? Casualties, string Rule);
