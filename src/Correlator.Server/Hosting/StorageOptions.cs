namespace Correlator.Server.Hosting;

/// <summary>Bound from the "Storage" section: where the logs and keys live.</summary>
public sealed record StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; init; } = StorageProvider.Sqlite;

    /// <summary>The Npgsql connection string when <see cref="Provider"/> is Postgres (SQLite takes Correlator:StoragePath).</summary>
    public string ConnectionString { get; init; } = "";
}
