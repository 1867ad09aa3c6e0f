using Correlator.Domain.Reports;

namespace Correlator.Domain.Reconciliation;

/// <summary>The span of time a report can refer to, given how precisely it dates the attack.</summary>
public readonly record struct TimeWindow(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>
    /// Slack added to windows centred on a time: reports of the same attack often differ by an hour or two. Calendar
    /// days and months get none, or every day would overlap the next and attacks a day apart would merge.
    /// </summary>
    public static readonly TimeSpan Slack = TimeSpan.FromHours(2);

    public bool Overlaps(TimeWindow other) => Start < other.End && other.Start < End;

    public bool Contains(DateTimeOffset instant) => Start <= instant && instant < End;

    public static TimeWindow Around(DateTimeOffset occurredAt, TimePrecision precision)
    {
        var (start, end) = precision switch
        {
            TimePrecision.Exact => (occurredAt - Slack, occurredAt + Slack),
            TimePrecision.Hour => (occurredAt - TimeSpan.FromHours(1) - Slack, occurredAt + TimeSpan.FromHours(1) + Slack),
            TimePrecision.Day => DayOf(occurredAt),
            TimePrecision.Week => (occurredAt - TimeSpan.FromDays(3.5) - Slack, occurredAt + TimeSpan.FromDays(3.5) + Slack),
            _ => MonthOf(occurredAt),
        };
        return new TimeWindow(start, end);
    }

    // A day or a month is the calendar one where the attack happened, in the report's own offset.
    private static (DateTimeOffset, DateTimeOffset) DayOf(DateTimeOffset t)
    {
        var start = new DateTimeOffset(t.Date, t.Offset);
        return (start, start.AddDays(1));
    }

    private static (DateTimeOffset, DateTimeOffset) MonthOf(DateTimeOffset t)
    {
        var start = new DateTimeOffset(t.Year, t.Month, 1, 0, 0, 0, t.Offset);
        return (start, start.AddMonths(1));
    }
}
