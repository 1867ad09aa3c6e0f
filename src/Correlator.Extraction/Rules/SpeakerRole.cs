namespace Correlator.Extraction.Rules;

/// <summary>Who makes a statement: decides claim vs official incident vs media report, and official vs media tally.</summary>
public enum SpeakerRole
{
    Media,
    Official,
    ArmedGroup,
}
