namespace Correlator.Extraction.Rules;

/// <summary>
/// A phrase that dates something only by the day told before it: a clock time alone ("At 9:00 p.m.", «الساعة التاسعة
/// مساءً», with its <see cref="Time"/>) or "later that day", «في اليوم نفسه» (no time).
/// </summary>
public sealed record DayReference(int Start, int Length, TimeOnly? Time, string Rule);
