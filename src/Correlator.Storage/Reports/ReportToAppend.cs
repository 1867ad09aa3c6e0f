using Correlator.Domain.Reports;

namespace Correlator.Storage;

/// <summary>A report on its way into the log, with what the log keeps beside it.</summary>
/// <param name="ContentHash">Decides whether a repeated id is the same report sent again or a different one.</param>
/// <param name="Scopes">The grains the report concerns ("base:ain-al-asad"), indexed so a grain reads only its own reports.</param>
public sealed record ReportToAppend(Report Report, string ContentHash, string? EnteredBy, DateTimeOffset ReceivedAt, IReadOnlyList<string>? Scopes = null);
