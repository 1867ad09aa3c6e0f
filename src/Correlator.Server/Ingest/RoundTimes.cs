namespace Correlator.Server.Ingest;

/// <summary>A reconciler round: its reports, the last sequence it covers, and when it was taken and applied (timestamps of the node's TimeProvider).</summary>
public readonly record struct RoundTimes(int Reports, long Through, long Taken, long Applied);
