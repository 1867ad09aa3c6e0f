namespace Correlator.Storage;

public sealed record SqliteStoreOptions
{
    /// <summary>The database file; its folder is created when missing.</summary>
    public string Path { get; init; } = "";

    /// <summary>Rows one group commit takes at most, so one transaction stays short when many callers queue up.</summary>
    public int MaxBatch { get; init; } = 2000;

    /// <summary>Stamps the name a damaged file is moved aside under.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
