namespace Correlator.Benchmarks.Workload;

/// <summary>The shape of a generated report stream. The same options (seed included) always give the same stream.</summary>
public sealed record WorkloadOptions
{
    public int Seed { get; init; } = 2023;

    /// <summary>Reports the stream holds; the time span grows with it so that the density of attacks stays realistic.</summary>
    public int Reports { get; init; } = 100_000;

    /// <summary>Attacks a day across the whole theatre; each gives one to five reports.</summary>
    public double AttacksPerDay { get; init; } = 40;

    /// <summary>The stream ends here (fixed, so that a seed means the same stream on any day it runs).</summary>
    public DateTimeOffset End { get; init; } = new(2025, 6, 30, 0, 0, 0, TimeSpan.FromHours(3));

    /// <summary>Prefix of every report id, so that streams of different runs never share ids.</summary>
    public string IdPrefix { get; init; } = "wl";

    /// <summary>Reports per attack on average; used only to place the start of the stream.</summary>
    public const double ReportsPerAttack = 2.6;

    public DateTimeOffset Start => End - TimeSpan.FromDays(Math.Ceiling(Reports / ReportsPerAttack / AttacksPerDay) + 1);
}
