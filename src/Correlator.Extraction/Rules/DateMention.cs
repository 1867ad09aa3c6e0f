using Correlator.Domain.Reports;

namespace Correlator.Extraction.Rules;

/// <summary>
/// When something happened, as a phrase dates it, resolved to Iraq time. <see cref="Day"/> is null when the phrase
/// is relative and there is no publication date to resolve it against (<see cref="Unresolved"/>).
/// </summary>
public sealed record DateMention(int Start, int Length, DateOnly? Day, TimeOnly Time, TimePrecision Precision, bool Unresolved, string Rule)
{
    /// <summary>Iraq and Syria keep UTC+3 all year; the seeds and the reconciliation use it.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(3);

    public DateTimeOffset? Value => Day is { } day ? new DateTimeOffset(day.ToDateTime(Time), Offset) : null;
}
