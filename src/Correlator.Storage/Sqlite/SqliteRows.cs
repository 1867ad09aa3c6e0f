using System.Collections.Concurrent;
using System.Text.Json;
using Correlator.Domain.Reports;
using Microsoft.Data.Sqlite;

namespace Correlator.Storage.Sqlite;

/// <summary>Reads rows selected with the column lists of <see cref="SqliteSchema"/>.</summary>
internal static class SqliteRows
{
    // A log holds few distinct sets of scopes (a base, its group, its country, the theatre): each is parsed once and
    // shared by every row that has it, rather than parsed into new strings per row. Bounded, as a guard only.
    private const int KnownScopeSetsLimit = 4096;
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> KnownScopeSets = new(StringComparer.Ordinal);

    public static StoredReport Report(SqliteDataReader row) => new(
        row.GetInt64(0),
        ReportJson.Deserialize(row.GetString(5)),
        row.GetString(2),
        row.IsDBNull(3) ? null : row.GetString(3),
        StoredTime.Parse(row.GetString(4)),
        ParseScopes(row.GetString(6)));

    public static StoredEvent Event(SqliteDataReader row) => new(
        row.GetInt64(0),
        row.GetString(1),
        row.GetString(2),
        ParseTopics(row.GetString(3)),
        row.GetString(4),
        StoredTime.Parse(row.GetString(5)));

    public static EntityEdit EntityEdit(SqliteDataReader row) => new(
        row.GetInt64(0),
        row.GetString(1),
        row.GetString(2),
        row.IsDBNull(3) ? null : row.GetString(3),
        StoredTime.Parse(row.GetString(4)));

    /// <summary>A row's scopes or topics as the JSON array of strings stored beside it (and read by <see cref="ParseTopics"/>).</summary>
    public static void WriteTopics(Utf8JsonWriter json, IReadOnlyList<string> topics) => JsonSerializer.Serialize(json, topics);

    public static IReadOnlyList<string> ParseScopes(string json)
    {
        if (KnownScopeSets.TryGetValue(json, out var known))
        {
            return known;
        }
        var scopes = Array.AsReadOnly(JsonSerializer.Deserialize<string[]>(json) ?? throw new JsonException("Report scopes cannot be null."));
        if (KnownScopeSets.Count < KnownScopeSetsLimit)
        {
            KnownScopeSets.TryAdd(json, scopes);
        }
        return scopes;
    }

    private static IReadOnlyList<string> ParseTopics(string json) =>
        JsonSerializer.Deserialize<string[]>(json) ?? throw new JsonException("Event topics cannot be null.");
}
