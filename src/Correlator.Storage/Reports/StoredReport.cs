using Correlator.Domain.Reports;

namespace Correlator.Storage;

public sealed record StoredReport(long Sequence, Report Report, string ContentHash, string? EnteredBy, DateTimeOffset ReceivedAt, IReadOnlyList<string>? Scopes = null);
