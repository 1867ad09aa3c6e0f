using System.Security.Cryptography;
using System.Text;
using Correlator.Domain.Reports;
using Correlator.Storage;

namespace Correlator.Storage.Tests;

/// <summary>Reports shaped like the real ones: an armed group's claim on a base.</summary>
public static class SampleReports
{
    public static readonly DateTimeOffset Received = new(2024, 1, 21, 9, 30, 0, TimeSpan.FromHours(3));

    public static Report Claim(string id, string note = "Claimed in a Telegram statement") => new()
    {
        Id = id,
        Kind = ReportKind.Claim,
        Source = new Source("Islamic Resistance in Iraq", SourceType.ArmedGroup, "https://t.me/example/1", Received),
        OccurredAt = new DateTimeOffset(2024, 1, 20, 18, 0, 0, TimeSpan.Zero),
        TimePrecision = TimePrecision.Hour,
        Base = "ain-al-asad",
        Group = "islamic-resistance-in-iraq",
        Region = Region.Iraq,
        Weapon = Weapon.Missile,
        WeaponCount = 3,
        Outcome = Outcome.Hit,
        Casualties = new Casualties(Injured: 4, Qualifier: Qualifier.AtLeast),
        Quote = "targeted the occupation base at Ain al-Asad with ballistic missiles",
        Language = "ar",
        Note = note,
    };

    public static ReportToAppend ToAppend(Report report, string? enteredBy = "analyst-1", IReadOnlyList<string>? scopes = null) =>
        new(report, Hash(report), enteredBy, Received, scopes);

    public static ReportToAppend ClaimToAppend(string id, string note = "Claimed in a Telegram statement") => ToAppend(Claim(id, note));

    public static string Hash(Report report) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ReportJson.Serialize(report))));
}
