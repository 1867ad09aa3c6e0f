using Correlator.Domain.Reports;

namespace Correlator.Extraction;

/// <summary>An article to read: its text, who published it and when, its language if known, and a name to cite it by.</summary>
public sealed record Article(string Text, Source Source, string? Language = null, string? Name = null);
