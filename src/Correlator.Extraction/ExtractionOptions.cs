namespace Correlator.Extraction;

/// <summary>Bound from "Correlator:Extraction": how sure a candidate must be to be ingested unseen, and the text cap.</summary>
public sealed record ExtractionOptions
{
    public const string Section = "Correlator:Extraction";

    public double IngestThreshold { get; init; } = 0.7;

    public int MaxTextLength { get; init; } = 200_000;
}
