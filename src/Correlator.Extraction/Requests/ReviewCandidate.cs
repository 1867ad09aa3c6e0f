namespace Correlator.Extraction.Requests;

/// <summary>A candidate left for an operator to review, and why it was not ingested.</summary>
public sealed record ReviewCandidate(string Id, double Confidence, string Reason);
