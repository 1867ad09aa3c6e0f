using Correlator.Domain.Reports;

namespace Correlator.Storage;

/// <summary>A report as a rebuild reads it: its place in the log, the report and the grain scopes it belongs to.</summary>
public sealed record ScopedReport(long Sequence, Report Report, IReadOnlyList<string> Scopes);
