namespace Correlator.Benchmarks.Harness;

/// <summary>One measured figure; <see cref="Goal"/> says in words what the issue asks of it, when it asks something.</summary>
public sealed record Metric(string Scenario, string Name, double Value, string Unit, string? Goal = null, bool? Met = null);
