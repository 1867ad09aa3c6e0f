namespace Correlator.Extraction.Rules;

/// <summary>
/// The window a tally counts over: since a date, the last days or months before the statement, or the same day
/// as the event just told. Unresolved when it names an event ("since the war began") or needs a missing date.
/// </summary>
public sealed record TallyWindow(int Start, int Length, DateOnly? Since, int Days, int Months, bool SameDay, bool Unresolved, string Rule)
{
    public DateOnly? From(DateOnly to, DateOnly? sameDay) =>
        SameDay ? sameDay
        : Since is { } since ? since
        : Days > 0 ? to.AddDays(-Days)
        : Months > 0 ? to.AddMonths(-Months)
        : null;
}
