namespace Correlator.Storage.Sqlite;

internal sealed class PendingEntityEdit(string kind, string json, string? enteredBy, DateTimeOffset at, CancellationToken cancellationToken)
    : PendingWrite<long>(cancellationToken)
{
    public override int Rows => 1;

    protected override long Write(SqliteWriter writer) => writer.InsertEntityEdit(null, kind, json, enteredBy, at);
}
