using System.Globalization;

namespace Correlator.Storage.Sqlite;

/// <summary>Times are stored as round-trip ISO 8601 text so the offset a source gave survives.</summary>
internal static class StoredTime
{
    public static string Format(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
