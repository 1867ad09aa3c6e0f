namespace Correlator.Extraction;

/// <summary>What the extractor read in an article: candidate reports in article order, and what it could not do.</summary>
public sealed record Extraction(IReadOnlyList<Candidate> Candidates, IReadOnlyList<string> Warnings);
