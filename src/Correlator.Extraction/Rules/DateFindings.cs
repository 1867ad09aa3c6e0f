namespace Correlator.Extraction.Rules;

/// <summary>The dates and tally windows of one sentence.</summary>
public sealed record DateFindings(IReadOnlyList<DateMention> Dates, IReadOnlyList<TallyWindow> Windows);
