using Correlator.Domain.Reports;

namespace Correlator.Server.Tests.Reports;

/// <summary>Valid reports to post, each under a fresh id unless one is given.</summary>
public static class SampleReports
{
    public static readonly DateTimeOffset Evening = new(2024, 2, 10, 19, 0, 0, TimeSpan.FromHours(3));

    public static string NewId(string prefix = "test") => $"{prefix}-{Guid.NewGuid():N}";

    public static Report Claim(string? id = null, string @base = "ain-al-asad", DateTimeOffset? at = null, string group = "islamic-resistance-in-iraq") => new()
    {
        Id = id ?? NewId("claim"),
        Kind = ReportKind.Claim,
        Source = new Source("Islamic Resistance in Iraq (Telegram)", SourceType.ArmedGroup, PublishedAt: (at ?? Evening).AddHours(1)),
        OccurredAt = at ?? Evening,
        TimePrecision = TimePrecision.Hour,
        Base = @base,
        Group = group,
        Weapon = Weapon.Drone,
        WeaponCount = 2,
        Outcome = Outcome.Hit,
        Quote = "استهدفنا القاعدة بطائرتين مسيرتين",
        Language = "ar",
    };

    public static Report OfficialConfirmation(string? id = null, string @base = "ain-al-asad", DateTimeOffset? at = null) => new()
    {
        Id = id ?? NewId("official"),
        Kind = ReportKind.OfficialIncident,
        Source = new Source("US Department of Defense", SourceType.Official, PublishedAt: (at ?? Evening).AddHours(20)),
        OccurredAt = at ?? Evening,
        TimePrecision = TimePrecision.Hour,
        Base = @base,
        Weapon = Weapon.Drone,
        WeaponCount = 2,
        Outcome = Outcome.Damage,
        Quote = "Two one-way attack drones struck the base, causing minor damage.",
        Language = "en",
    };
}
