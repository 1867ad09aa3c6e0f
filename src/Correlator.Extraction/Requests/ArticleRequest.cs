using Correlator.Domain.Reports;

namespace Correlator.Extraction.Requests;

/// <summary>The body of POST /api/articles. <see cref="Name"/> is what reports cite as their article (a file name, a URL slug).</summary>
public sealed record ArticleRequest(string? Text, Source? Source, string? Language = null, string? Name = null);
