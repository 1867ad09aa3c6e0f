using System.Globalization;

namespace Correlator.Storage.Sqlite;

/// <summary>Times are stored as round-trip ISO 8601 text so the offset a source gave survives.</summary>
internal static class StoredTime
{
    private const string RoundTrip = "O";

    public static string Format(DateTimeOffset at) => at.ToString(RoundTrip, CultureInfo.InvariantCulture);

    /// <summary>The text of <see cref="Format"/> as UTF-8, written into <paramref name="utf8"/>.</summary>
    public static bool TryFormat(DateTimeOffset at, Span<byte> utf8, out int written) =>
        at.TryFormat(utf8, out written, RoundTrip, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
