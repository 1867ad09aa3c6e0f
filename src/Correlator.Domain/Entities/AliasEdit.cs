namespace Correlator.Domain.Entities;

/// <summary>A further name for a known base or group.</summary>
public sealed record AliasEdit(EntityKind Kind, string Id, string Alias);
