using Correlator.Domain.Reports;
using FsCheck;
using Outcome = Correlator.Domain.Reports.Outcome;
using FsCheck.Fluent;

namespace Correlator.Grains.Tests.Properties;

/// <summary>
/// Reports over a deliberately small world (three bases in two countries, three groups, four days) so that
/// overlapping windows, merges, conflicting figures and revisions are the common case rather than the rare one.
/// </summary>
internal static class ReportUniverse
{
    public static readonly string[] Bases = ["ain-al-asad", "erbil-air-base", "al-tanf"];

    // An umbrella, one of its members and an unrelated group: claims and attributions both agree and conflict.
    public static readonly string[] Groups = ["islamic-resistance-in-iraq", "kataib-hezbollah", "asaib-ahl-al-haq"];

    private static readonly DateTimeOffset FirstDay = new(2023, 10, 20, 0, 0, 0, TimeSpan.FromHours(3));

    private static readonly Source[] Sources =
    [
        new("Islamic Resistance in Iraq", SourceType.ArmedGroup, PublishedAt: FirstDay.AddDays(1)),
        new("Pentagon", SourceType.Official, PublishedAt: FirstDay.AddDays(3)),
        new("Al Mayadeen", SourceType.Media, PublishedAt: FirstDay.AddDays(2)),
    ];

    private static Gen<T?> OrNull<T>(Gen<T> gen) where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

    private static Gen<DateTimeOffset> Instant =>
        from day in Gen.Choose(0, 3)
        from halfHour in Gen.Choose(0, 47)
        from utc in Gen.Elements(false, false, true)
        let local = FirstDay.AddDays(day).AddMinutes(30 * halfHour)
        select utc ? local.ToUniversalTime() : local;

    private static Gen<Casualties?> Casualties =>
        Gen.Frequency(
            (2, Gen.Constant<Casualties?>(null)),
            (1, from killed in OrNull(Gen.Choose(0, 3))
                from injured in OrNull(Gen.Choose(0, 3))
                from qualifier in Gen.Elements(Enum.GetValues<Qualifier>())
                select (Casualties?)new Casualties(killed, injured, qualifier)));

    private static Gen<Tally> Tally =>
        from metric in Gen.Elements(Enum.GetValues<TallyMetric>())
        from value in Gen.Choose(0, 8)
        from qualifier in Gen.Elements(Enum.GetValues<Qualifier>())
        from to in Gen.Choose(1, 5)
        from length in OrNull(Gen.Choose(0, 6))
        from region in Gen.Elements(Enum.GetValues<Region>())
        from rule in Gen.Elements(Enum.GetValues<CountingRule>())
        let end = FirstDay.AddDays(to)
        select new Tally(metric, value, qualifier, length is { } days ? end.AddDays(-days) : null, end, region, rule);

    private static Gen<Report> Report =>
        from kind in Gen.Elements(Enum.GetValues<ReportKind>())
        from source in Gen.Elements(Sources)
        from at in Instant
        from precision in Gen.Elements(Enum.GetValues<TimePrecision>())
        from place in Gen.Elements(Bases)
        from claimant in Gen.Elements(Groups)
        from weapon in OrNull(Gen.Elements(Enum.GetValues<Weapon>()))
        from count in OrNull(Gen.Choose(1, 3))
        from outcome in OrNull(Gen.Elements(Enum.GetValues<Outcome>()))
        from casualties in Casualties
        from tally in Tally
        let isTally = kind is ReportKind.OfficialTally or ReportKind.MediaTally
        select new Report
        {
            Id = "",
            Kind = kind,
            Source = source,
            OccurredAt = isTally ? null : at,
            TimePrecision = precision,
            Base = isTally ? null : place,
            Group = kind is ReportKind.Claim or ReportKind.Attribution or ReportKind.Threat ? claimant : null,
            Weapon = weapon,
            WeaponCount = count,
            Outcome = outcome,
            Casualties = casualties,
            Tally = isTally ? tally : null,
            Quote = $"{kind} at {at:O}",
        };

    /// <summary>A set of reports with distinct ids; ids are not in time order, so arrival order and id order differ.</summary>
    public static Gen<Report[]> Reports =>
        Gen.ListOf(Report).Select(list => list.Select((r, i) => r with { Id = $"r{(i * 7919) % 1000:D3}-{i}" }).ToArray());

    /// <summary>A set of reports and the same set in another order.</summary>
    public static Arbitrary<(Report[] Reports, Report[] Shuffled)> Permuted =>
        (from reports in Reports from shuffled in Gen.Shuffle(reports) select (reports, shuffled)).ToArbitrary();

    /// <summary>Reports with a seed for splitting them into random batches and choosing a restart point.</summary>
    public static Arbitrary<(Report[] Reports, int Seed)> WithSeed =>
        (from reports in Reports from seed in Gen.Choose(0, int.MaxValue) select (reports, seed)).ToArbitrary();

    /// <summary>Cuts a sequence into consecutive batches of one to five reports.</summary>
    public static IEnumerable<Report[]> Batches(IReadOnlyList<Report> reports, Random random)
    {
        for (var i = 0; i < reports.Count;)
        {
            var size = Math.Min(random.Next(1, 6), reports.Count - i);
            yield return reports.Skip(i).Take(size).ToArray();
            i += size;
        }
    }
}
