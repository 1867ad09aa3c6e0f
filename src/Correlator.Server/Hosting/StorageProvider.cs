namespace Correlator.Server.Hosting;

public enum StorageProvider
{
    /// <summary>One node, one file (<see cref="CorrelatorOptions.StoragePath"/>): the default.</summary>
    Sqlite,

    /// <summary>Several nodes on one database (<see cref="StorageOptions.ConnectionString"/>).</summary>
    Postgres,
}
