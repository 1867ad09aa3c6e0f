namespace Correlator.Storage.Sqlite;

/// <summary>What a salvage carried over, and how many rows it found but could not read back.</summary>
internal sealed record SalvageCounts(int Reports = 0, int Events = 0, int Edits = 0, int Keys = 0, int Skipped = 0);
