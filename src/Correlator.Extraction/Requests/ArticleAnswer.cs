namespace Correlator.Extraction.Requests;

/// <summary>
/// The answer of POST /api/articles: the candidates and warnings, the text the spans refer to when it differs from
/// what was sent, and with ?ingest=true which candidates were ingested and which are left for review.
/// </summary>
public sealed record ArticleAnswer(
    IReadOnlyList<Candidate> Candidates,
    IReadOnlyList<string> Warnings,
    string? Text = null,
    IReadOnlyList<IngestedCandidate>? Ingested = null,
    IReadOnlyList<ReviewCandidate>? Review = null);
