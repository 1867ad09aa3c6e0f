using System.Globalization;
using Correlator.Domain.Reports;

namespace Correlator.Extraction.Tests.Scoring;

/// <summary>
/// The facts of a report that the score compares, one string per slot: kind, base, group, date (the day in Iraq
/// time of occurredAt, or of tally.to for a tally), weapon, weapon count, casualties, the tally figure (metric,
/// value and hedge together) and the tally region. A field the report leaves empty is no slot.
/// </summary>
public static class Slots
{
    private static readonly TimeSpan Iraq = TimeSpan.FromHours(3);

    public static IReadOnlyDictionary<string, string> Of(Report report)
    {
        var slots = new Dictionary<string, string> { ["kind"] = report.Kind.ToString() };
        Put("base", report.Base);
        Put("group", report.Group);
        Put("date", Day(report.Tally?.To ?? report.OccurredAt));
        Put("weapon", report.Weapon?.ToString());
        Put("weaponCount", report.WeaponCount?.ToString(CultureInfo.InvariantCulture));
        Put("casualties", report.Casualties is { } c ? $"{c.Killed}/{c.Injured}" : null);
        Put("figure", report.Tally is { } t ? $"{t.Metric} {t.Qualifier} {t.Value}" : null);
        Put("region", report.Tally?.Region.ToString());
        return slots;

        void Put(string slot, string? value)
        {
            if (value is not null)
            {
                slots[slot] = value;
            }
        }
    }

    private static string? Day(DateTimeOffset? value) =>
        value?.ToOffset(Iraq).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
