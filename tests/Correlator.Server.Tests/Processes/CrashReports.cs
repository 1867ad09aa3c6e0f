using Correlator.Domain.Reports;

namespace Correlator.Server.Tests.Processes;

/// <summary>A stream of plausible claims and official statements about the seed bases, different for every seed.</summary>
internal static class CrashReports
{
    private static readonly string[] Bases = ["ain-al-asad", "harir", "erbil-air-base", "al-tanf", "al-shaddadi", "conoco", "victory"];
    private static readonly string[] Groups = ["islamic-resistance-in-iraq", "kataib-hezbollah", "harakat-al-nujaba"];

    public static Report Next(Random random, string id)
    {
        var day = new DateTimeOffset(2024, 1, 1, 12, 0, 0, TimeSpan.FromHours(3)).AddDays(random.Next(60)).AddHours(random.Next(-10, 10));
        var claim = random.Next(3) > 0;
        return new Report
        {
            Id = id,
            Kind = claim ? ReportKind.Claim : ReportKind.OfficialIncident,
            Source = claim ? new Source("Islamic Resistance in Iraq", SourceType.ArmedGroup, null, day) : new Source("US official", SourceType.Official, null, day),
            OccurredAt = day,
            TimePrecision = random.Next(2) == 0 ? TimePrecision.Hour : TimePrecision.Day,
            Base = Bases[random.Next(Bases.Length)],
            Group = claim ? Groups[random.Next(Groups.Length)] : null,
            Weapon = random.Next(2) == 0 ? Weapon.Drone : Weapon.Rocket,
            WeaponCount = random.Next(1, 4),
            Outcome = (Outcome)random.Next(5),
            Quote = $"report {id}",
            Language = "en",
        };
    }
}
