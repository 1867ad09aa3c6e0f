namespace Correlator.Extraction.Rules;

/// <summary>The dates and tally windows of one sentence, and the phrases dating it only by a day told before.</summary>
public sealed record DateFindings(IReadOnlyList<DateMention> Dates, IReadOnlyList<TallyWindow> Windows, IReadOnlyList<DayReference> DayReferences);
