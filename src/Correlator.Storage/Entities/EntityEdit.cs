namespace Correlator.Storage;

/// <summary>One operator edit to the gazetteer; <paramref name="Kind"/> says how to read <paramref name="Json"/>.</summary>
public sealed record EntityEdit(long Sequence, string Kind, string Json, string? EnteredBy, DateTimeOffset At);
