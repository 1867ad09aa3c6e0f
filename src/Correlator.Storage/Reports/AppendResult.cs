namespace Correlator.Storage;

/// <summary>What became of one report; <paramref name="Sequence"/> is that of the stored report, existing or new.</summary>
public sealed record AppendResult(string Id, long Sequence, AppendOutcome Outcome);
