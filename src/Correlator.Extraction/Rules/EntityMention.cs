using Correlator.Domain.Entities;

namespace Correlator.Extraction.Rules;

/// <summary>A base or group named in a sentence, with its folded range there and the rule that found it.</summary>
public sealed record EntityMention(int Start, int Length, EntityKind Kind, string Id, string Rule);
