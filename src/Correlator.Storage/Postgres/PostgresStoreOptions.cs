namespace Correlator.Storage;

public sealed record PostgresStoreOptions
{
    /// <summary>An Npgsql connection string; the database must exist, the tables are created when missing.</summary>
    public string ConnectionString { get; init; } = "";

    /// <summary>Reports one round of the report writer takes at most, so one transaction stays short when many callers queue up.</summary>
    public int MaxBatch { get; init; } = 2000;
}
