using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Correlator.Domain.Reports;

/// <summary>
/// Reads the names that recur in every report (gazetteer ids of bases and groups, sources, languages) as one shared
/// string each instead of a new copy per report: a million reports held in memory repeat a few hundred names.
/// Writes them as any string.
/// </summary>
internal sealed class RepeatedNameConverter : JsonConverter<string>
{
    // Longer text is not a name; the limit of distinct names only guards against a log full of one-off sources.
    private const int LongestName = 128;
    private const int DistinctNamesLimit = 16_384;

    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByText =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > LongestName)
        {
            return reader.GetString();
        }
        Span<char> text = stackalloc char[LongestName];
        var length = Encoding.UTF8.GetChars(reader.ValueSpan, text);
        if (ByText.TryGetValue(text[..length], out var known))
        {
            return known;
        }
        var name = new string(text[..length]);
        return Names.Count < DistinctNamesLimit ? Names.GetOrAdd(name, name) : name;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
