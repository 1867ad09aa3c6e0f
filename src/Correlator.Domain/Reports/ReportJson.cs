using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Correlator.Domain.Reports;

/// <summary>The one JSON shape of reports, used by the API, the log and the seeds alike.</summary>
public static class ReportJson
{
    // Before Options: Create reads it.
    private static readonly RepeatedNameConverter RepeatedName = new();

    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Applies the report conventions (camelCase names and enums, nulls left out) to a set of options.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MaxDepth = 32;
    }

    public static string Serialize(Report report) => JsonSerializer.Serialize(report, Options);

    /// <summary>The same text as <see cref="Serialize"/>, as UTF-8: what SQLite stores and what a content hash is taken of.</summary>
    public static byte[] SerializeToUtf8(Report report) => JsonSerializer.SerializeToUtf8Bytes(report, Options);

    public static Report Deserialize(string json) =>
        JsonSerializer.Deserialize<Report>(json, Options) ?? throw new JsonException("A report cannot be null.");

    /// <summary>Reads a report from its UTF-8 text as stored, without decoding it to a string first.</summary>
    public static Report Deserialize(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize<Report>(utf8, Options) ?? throw new JsonException("A report cannot be null.");

    /// <summary>The fields whose values recur across reports are read as shared strings (see <see cref="RepeatedNameConverter"/>).</summary>
    private static void ShareRepeatedNames(JsonTypeInfo type)
    {
        string[] repeated = type.Type == typeof(Report) ? ["base", "group", "language"]
            : type.Type == typeof(Source) ? ["name"]
            : [];
        foreach (var property in type.Properties.Where(p => repeated.Contains(p.Name)))
        {
            property.CustomConverter = RepeatedName;
        }
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { ShareRepeatedNames } };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
