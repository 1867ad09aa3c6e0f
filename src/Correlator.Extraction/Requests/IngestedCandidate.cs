namespace Correlator.Extraction.Requests;

/// <summary>A candidate that was ingested, and how the log took it (appended, duplicate).</summary>
public sealed record IngestedCandidate(string Id, string Outcome);
