namespace Correlator.Storage;

/// <summary>Where a server keeps its SQLite file when none is configured; the CLI looks there too.</summary>
public static class DataFolder
{
    public static string DefaultDatabasePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "correlator", "correlator.db");
}
