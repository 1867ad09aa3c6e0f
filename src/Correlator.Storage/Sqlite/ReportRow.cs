using Correlator.Domain.Reports;

namespace Correlator.Storage.Sqlite;

/// <summary>A report row as read, its JSON not parsed yet: reading stays on the connection's thread, parsing can fan out.</summary>
internal readonly record struct ReportRow(long Sequence, string Body, string Hash, string? EnteredBy, string ReceivedAt, string Scopes)
{
    public StoredReport Parse() =>
        new(Sequence, ReportJson.Deserialize(Body), Hash, EnteredBy, StoredTime.Parse(ReceivedAt), SqliteRows.ParseScopes(Scopes));
}
