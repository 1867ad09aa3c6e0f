using System.Globalization;
using Correlator.Extraction.Rules;

namespace Correlator.Cli.Shared;

/// <summary>Reads --published: a day (2023-10-27, taken as midnight Iraq time) or a full ISO 8601 timestamp.</summary>
public static class PublishedDate
{
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), DateMention.Offset);
        }
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var full)
            ? full
            : throw new FormatException($"--published '{value}' is not a date: use 2023-10-27 or 2023-10-27T09:00:00+03:00.");
    }
}
