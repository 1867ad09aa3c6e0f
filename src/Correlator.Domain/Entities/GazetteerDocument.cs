namespace Correlator.Domain.Entities;

/// <summary>The JSON shape of seeds/gazetteer.json; every field optional here so that Parse can say what is missing.</summary>
internal sealed record GazetteerDocument(string? Note, IReadOnlyList<BaseEntry?>? Bases, IReadOnlyList<GroupEntry?>? Groups);
