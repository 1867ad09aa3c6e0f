namespace Correlator.Extraction.Rules;

/// <summary>
/// Words that name who speaks, in folded coordinates. <see cref="Attributes"/> is true when the cue comes with a
/// speech verb or "according to", so it can also govern the words before it ("..., the Pentagon said").
/// </summary>
public sealed record SpeakerCue(int Start, int Length, SpeakerRole Role, string? Group, bool Attributes, string Rule);
