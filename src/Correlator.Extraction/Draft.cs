using Correlator.Domain.Reports;
using Correlator.Extraction.Rules;

namespace Correlator.Extraction;

/// <summary>A candidate while it is being assembled: the report's facts plus the evidence that set them.</summary>
internal sealed record Draft(
    ReportKind Kind,
    SentenceFacts Facts,
    SpeakerCue? Cue,
    string? Base,
    string? Group,
    DateMention? Date,
    Weapon? Weapon,
    int? WeaponCount,
    Outcome? Outcome,
    Casualties? Casualties,
    Tally? Tally,
    IReadOnlyList<string> Rules,
    double Confidence,
    string? Note)
{
    public DateOnly? Day => Date?.Day;

    /// <summary>What tells two drafts of one sentence apart, for ids and duplicates.</summary>
    public string Subject => Tally is { } t ? $"{t.Metric}:{t.Region}:{t.Value}" : $"{Base}:{Group}:{Day}";
}
