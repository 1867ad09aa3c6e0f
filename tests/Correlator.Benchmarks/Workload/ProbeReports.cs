using Correlator.Domain.Reports;

namespace Correlator.Benchmarks.Workload;

/// <summary>
/// Claims that each open a discrepancy of their own (an unconfirmed claim), so the time from posting one to its
/// discrepancy reaching a dashboard can be measured. They are dated decades before any workload report, six hours
/// apart, so they never merge with each other or with the workload.
/// </summary>
public static class ProbeReports
{
    /// <summary>A base far from most of the workload; dashboards in the latency runs subscribe to it.</summary>
    public const string Base = "tower-22";

    public const string IdPrefix = "probe-";

    private static readonly DateTimeOffset Epoch = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static int issued;

    /// <summary>The next probe of this process: numbers are never reused, so probes of different runs never meet.</summary>
    public static (int Number, Report Report) Next()
    {
        var n = Interlocked.Increment(ref issued);
        return (n, Probe(n));
    }

    public static Report Probe(int n) => new()
    {
        Id = $"{IdPrefix}{n}",
        Kind = ReportKind.Claim,
        Source = new Source("Islamic Resistance in Iraq", SourceType.ArmedGroup, PublishedAt: Epoch),
        OccurredAt = Epoch.AddHours(6.0 * n),
        TimePrecision = TimePrecision.Exact,
        Base = "البرج 22",
        Group = "المقاومة الإسلامية في العراق",
        Weapon = Weapon.Drone,
        WeaponCount = 1,
        Outcome = Outcome.Hit,
        Quote = "استهدف مجاهدو المقاومة الإسلامية قاعدة البرج 22 بطائرة مسيرة",
        Language = "ar",
    };
}
