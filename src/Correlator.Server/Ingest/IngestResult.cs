using Correlator.Domain.Reports;
using Correlator.Storage;

namespace Correlator.Server.Ingest;

/// <summary>The answer to a post: every report's outcome, or why none was taken.</summary>
public sealed record IngestResult(IReadOnlyList<AppendResult> Results, IReadOnlyList<ReportProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    public bool HasConflict => Results.Any(r => r.Outcome == AppendOutcome.Conflict);
}
