using Correlator.Domain.Reports;

namespace Correlator.Domain.Tests.Intake;

/// <summary>Short constructors for the reports the tests talk about, with sources as analysts would record them.</summary>
internal static class SampleReports
{
    public static readonly TimeSpan Baghdad = TimeSpan.FromHours(3);

    /// <summary>The evening of the Erbil attack, 26 October 2023, local time.</summary>
    public static readonly DateTimeOffset Evening = new(2023, 10, 26, 19, 0, 0, Baghdad);

    public static Source ArmedGroup { get; } = new("Islamic Resistance in Iraq", SourceType.ArmedGroup, PublishedAt: Evening);

    public static Source Pentagon { get; } = new("Pentagon", SourceType.Official, PublishedAt: Evening.AddDays(2));

    public static Source AlMayadeen { get; } = new("Al Mayadeen", SourceType.Media, PublishedAt: Evening.AddDays(1));

    public static Report Claim(string id, string @base, string group, DateTimeOffset at, Weapon? weapon = null, int? count = null,
        Outcome? outcome = null, TimePrecision precision = TimePrecision.Day) => new()
    {
        Id = id, Kind = ReportKind.Claim, Source = ArmedGroup, Base = @base, Group = group, OccurredAt = at, TimePrecision = precision,
        Weapon = weapon, WeaponCount = count, Outcome = outcome, Quote = $"claim {id}", Language = "ar",
    };

    public static Report Official(string id, string @base, DateTimeOffset at, Weapon? weapon = null, int? count = null,
        Outcome? outcome = null, TimePrecision precision = TimePrecision.Day) => new()
    {
        Id = id, Kind = ReportKind.OfficialIncident, Source = Pentagon, Base = @base, OccurredAt = at, TimePrecision = precision,
        Weapon = weapon, WeaponCount = count, Outcome = outcome, Quote = $"statement {id}", Language = "en",
    };

    public static Report Media(string id, string @base, DateTimeOffset at, Weapon? weapon = null, TimePrecision precision = TimePrecision.Day) => new()
    {
        Id = id, Kind = ReportKind.MediaReport, Source = AlMayadeen, Base = @base, OccurredAt = at, TimePrecision = precision, Weapon = weapon,
    };

    public static Report Attribution(string id, string @base, string group, DateTimeOffset at) => new()
    {
        Id = id, Kind = ReportKind.Attribution, Source = Pentagon, Base = @base, Group = group, OccurredAt = at,
    };

    public static Report OfficialTally(string id, TallyMetric metric, int value, Qualifier qualifier, DateTimeOffset? from, DateTimeOffset to,
        Region region = Region.All, CountingRule rule = CountingRule.AllAttacks) => new()
    {
        Id = id, Kind = ReportKind.OfficialTally, Source = Pentagon, Tally = new Tally(metric, value, qualifier, from, to, region, rule),
    };

    public static Report MediaTally(string id, TallyMetric metric, int value, Qualifier qualifier, DateTimeOffset? from, DateTimeOffset to,
        Region region = Region.All) => new()
    {
        Id = id, Kind = ReportKind.MediaTally, Source = AlMayadeen, Tally = new Tally(metric, value, qualifier, from, to, region),
    };

    /// <summary>Midnight, local time, of a day in October 2023 (or later, counting on).</summary>
    public static DateTimeOffset October(int day) => new DateTimeOffset(2023, 10, 1, 0, 0, 0, Baghdad).AddDays(day - 1);
}
