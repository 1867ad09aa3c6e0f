namespace Correlator.Domain.Entities;

/// <summary>
/// A gazetteer entity named in a text: <see cref="MatchedName"/> is the gazetteer name that matched, and
/// <see cref="Start"/>/<see cref="Length"/> the span in the original text (attached و ب ل prefixes excluded).
/// </summary>
public sealed record EntityMatch(EntityKind Kind, string Id, string MatchedName, int Start = 0, int Length = 0);
