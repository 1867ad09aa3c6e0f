using Correlator.Domain.Reports;

namespace Correlator.Storage;

/// <summary>A report on its way into the log, with what the log keeps beside it.</summary>
/// <param name="ContentHash">Decides whether a repeated id is the same report sent again or a different one.</param>
public sealed record ReportToAppend(Report Report, string ContentHash, string? EnteredBy, DateTimeOffset ReceivedAt);
