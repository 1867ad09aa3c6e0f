using Correlator.Domain.Entities;
using Correlator.Domain.Reports;

namespace Correlator.Benchmarks.Workload;

/// <summary>
/// A realistic, seeded stream of reports: attacks on the gazetteer's bases, each claimed, confirmed, denied or
/// reported by some of the camps (with the disagreements on outcome, weapon, casualties and attribution that real
/// accounts show), and weekly official and media tallies per region, some of them revised. Names are any alias in
/// English or Arabic, as sources write them, so the server resolves them as it would real reports.
/// </summary>
public sealed class WorkloadGenerator(WorkloadOptions options, WorkloadNames names)
{
    private static readonly (string Name, string Language)[] Officials =
        [("US Central Command", "en"), ("Pentagon", "en"), ("US Department of Defense", "en"), ("Iraqi Security Media Cell", "ar")];

    private static readonly (string Name, string Language)[] Media =
        [("Reuters", "en"), ("AFP", "en"), ("Al Jazeera", "ar"), ("Shafaq News", "ar"), ("The New Arab", "en"), ("Al Mayadeen", "ar")];

    private static readonly Weapon[] Weapons = [Weapon.Drone, Weapon.Drone, Weapon.Drone, Weapon.Rocket, Weapon.Rocket, Weapon.Missile, Weapon.Mortar];

    private static readonly Region[] TallyRegions = [Region.Iraq, Region.Syria, Region.Jordan, Region.All];

    private static readonly TimeSpan TallyInterval = TimeSpan.FromDays(7);

    // Official counts restart with each campaign ("since 17 October"), so windows stay months long, not years.
    private static readonly TimeSpan Campaign = TimeSpan.FromDays(120);

    public IEnumerable<Report> Reports()
    {
        var state = new Stream(new Random(options.Seed), options.IdPrefix, options.Start);
        var batch = new List<Report>();
        var emitted = 0;
        while (true)
        {
            batch.Clear();
            state.Time += TimeSpan.FromDays(-Math.Log(1 - state.Random.NextDouble()) / options.AttacksPerDay);
            if (state.Time >= state.NextTally)
            {
                Tallies(state, batch);
                state.NextTally += TallyInterval;
            }
            Attack(state, batch);
            foreach (var report in batch)
            {
                if (emitted++ == options.Reports)
                {
                    yield break;
                }
                yield return report;
            }
        }
    }

    private void Attack(Stream s, List<Report> into)
    {
        var r = s.Random;
        var target = names.Bases[r.Next(names.Bases.Count)];
        var claimant = names.Claimants[r.Next(names.Claimants.Count)];
        var weapon = Weapons[r.Next(Weapons.Length)];
        var count = r.Next(1, 4);
        var at = s.Time;
        var claimed = r.NextDouble() < 0.75;
        var confirmed = r.NextDouble() < 0.5;
        s.Attacks[target.Country]++;

        if (claimed || !confirmed)
        {
            into.Add(Report(s, ReportKind.Claim, claimant, SourceType.ArmedGroup, at.AddMinutes(r.Next(20, 300))) with
            {
                OccurredAt = at,
                TimePrecision = r.NextDouble() < 0.55 ? TimePrecision.Exact : r.NextDouble() < 0.9 ? TimePrecision.Hour : TimePrecision.Day,
                Base = Pick(r, names.BaseNames[target.Id]),
                Group = claimant,
                Weapon = weapon,
                WeaponCount = count,
                Outcome = r.NextDouble() < 0.7 ? Outcome.Hit : r.NextDouble() < 0.67 ? Outcome.Damage : Outcome.Unknown,
                Quote = $"استهدف مجاهدو المقاومة الإسلامية {target.NameAr} بـ{count} {WeaponAr(weapon)} وأصابت أهدافها بدقة",
                Language = "ar",
            });
        }
        if (confirmed)
        {
            var (source, language) = Officials[r.Next(Officials.Length)];
            var injured = r.NextDouble() < 0.2 ? r.Next(0, 12) : (int?)null;
            s.Injured[target.Country] += injured ?? 0;
            into.Add(Report(s, ReportKind.OfficialIncident, source, SourceType.Official, at.AddHours(r.Next(2, 30))) with
            {
                OccurredAt = at.AddMinutes(r.Next(-40, 40)),
                TimePrecision = TimePrecision.Hour,
                Base = Pick(r, names.BaseNames[target.Id]),
                Weapon = r.NextDouble() < 0.85 ? weapon : Weapons[r.Next(Weapons.Length)],
                WeaponCount = r.NextDouble() < 0.7 ? count : null,
                Outcome = r.NextDouble() < 0.35 ? Outcome.Intercepted : r.NextDouble() < 0.55 ? Outcome.NoDamage : r.NextDouble() < 0.7 ? Outcome.Damage : Outcome.Hit,
                Casualties = injured is { } i ? new Casualties(Injured: i, Qualifier: r.NextDouble() < 0.5 ? Qualifier.Exact : Qualifier.AtLeast) : null,
                Quote = $"{source} said {count} {weapon.ToString().ToLowerInvariant()}s targeted {target.Name}; there were no serious injuries.",
                Language = language,
            });
        }
        foreach (var chance in (double[])[0.55, 0.25])
        {
            if (r.NextDouble() >= chance)
            {
                continue;
            }
            var (source, language) = Media[r.Next(Media.Length)];
            var day = r.NextDouble() < 0.4;
            into.Add(Report(s, ReportKind.MediaReport, source, SourceType.Media, at.AddHours(r.Next(1, 20))) with
            {
                OccurredAt = day ? at : at.AddMinutes(r.Next(-60, 60)),
                TimePrecision = day ? TimePrecision.Day : TimePrecision.Hour,
                Base = Pick(r, names.BaseNames[target.Id]),
                Weapon = r.NextDouble() < 0.6 ? weapon : null,
                Outcome = r.NextDouble() < 0.5 ? Outcome.Damage : Outcome.Unknown,
                Casualties = r.NextDouble() < 0.15 ? new Casualties(Injured: r.Next(0, 30), Qualifier: Qualifier.About) : null,
                Quote = language == "ar" ? $"أفادت مصادر بسقوط طائرات مسيرة على {target.NameAr}" : $"Drones struck near {target.Name}, sources said.",
                Language = language,
            });
        }
        if (r.NextDouble() < 0.04)
        {
            var (source, language) = Officials[r.Next(Officials.Length)];
            into.Add(Report(s, ReportKind.Attribution, source, SourceType.Official, at.AddDays(2)) with
            {
                OccurredAt = at,
                TimePrecision = TimePrecision.Day,
                Base = Pick(r, names.BaseNames[target.Id]),
                // Officials mostly blame the claimant, but not always: an attribution conflict.
                Group = r.NextDouble() < 0.7 ? claimant : names.Groups[r.Next(names.Groups.Count)].Name,
                Quote = $"{source} attributed the attack on {target.Name} to Iran-backed militias.",
                Language = language,
            });
        }
        if (r.NextDouble() < 0.01)
        {
            into.Add(Report(s, ReportKind.Threat, claimant, SourceType.ArmedGroup, at.AddHours(6)) with
            {
                Group = claimant,
                Quote = "سنواصل استهداف قواعد الاحتلال الأمريكي",
                Language = "ar",
            });
        }
    }

    private static void Tallies(Stream s, List<Report> into)
    {
        var r = s.Random;
        if (s.Time - s.CampaignStart > Campaign)
        {
            s.CampaignStart = s.Time.Date;
            foreach (var region in TallyRegions)
            {
                s.Attacks[region] = 0;
                s.Injured[region] = 0;
            }
        }
        var asOf = new DateTimeOffset(s.Time.Date, s.Time.Offset);
        var from = new DateTimeOffset(s.CampaignStart.Date, s.Time.Offset);
        foreach (var region in TallyRegions)
        {
            var attacks = region == Region.All ? s.Attacks.Where(kv => kv.Key != Region.All).Sum(kv => kv.Value) : s.Attacks[region];
            var injured = region == Region.All ? s.Injured.Where(kv => kv.Key != Region.All).Sum(kv => kv.Value) : s.Injured[region];
            if (region == Region.Jordan && r.NextDouble() < 0.75)
            {
                continue;
            }
            var (official, language) = Officials[r.Next(Officials.Length)];
            var qualifier = (Qualifier)r.Next(0, 4);
            var value = Math.Max(0, (int)(attacks * (0.85 + r.NextDouble() * 0.25)));
            into.Add(Tally(s, ReportKind.OfficialTally, official, SourceType.Official, language, TallyMetric.Attacks, value, qualifier, from, asOf, region));
            if (r.NextDouble() < 0.12)
            {
                // A revision that contradicts the figure just given: a tally revision discrepancy.
                into.Add(Tally(s, ReportKind.OfficialTally, official, SourceType.Official, language, TallyMetric.Attacks, value * 3 / 4, Qualifier.Exact, from, asOf.AddDays(1), region));
            }
            if (r.NextDouble() < 0.25)
            {
                into.Add(Tally(s, ReportKind.OfficialTally, official, SourceType.Official, language, TallyMetric.Injured, injured, Qualifier.AtLeast, from, asOf, region));
            }
            if (r.NextDouble() < 0.3)
            {
                var (media, mediaLanguage) = Media[r.Next(Media.Length)];
                into.Add(Tally(s, ReportKind.MediaTally, media, SourceType.Media, mediaLanguage, TallyMetric.Attacks, attacks + r.Next(0, 5), Qualifier.About, from, asOf, region));
            }
        }
    }

    private static Report Tally(Stream s, ReportKind kind, string source, SourceType type, string language, TallyMetric metric, int value,
        Qualifier qualifier, DateTimeOffset from, DateTimeOffset to, Region region) =>
        Report(s, kind, source, type, to.AddHours(14)) with
        {
            Tally = new Tally(metric, value, qualifier, from, to, region),
            Quote = language == "ar"
                ? $"بلغ عدد الهجمات {value} منذ {from:d MMMM}"
                : $"There have been {value} {metric.ToString().ToLowerInvariant()} since {from:MMMM d}.",
            Language = language,
        };

    private static Report Report(Stream s, ReportKind kind, string source, SourceType type, DateTimeOffset published) => new()
    {
        Id = $"{s.IdPrefix}-{s.NextId++:D9}",
        Kind = kind,
        Source = new Source(source, type, PublishedAt: published),
    };

    private static string Pick(Random r, IReadOnlyList<string> options) => options[r.Next(options.Count)];

    private static string WeaponAr(Weapon weapon) => weapon switch
    {
        Weapon.Drone => "طائرات مسيرة",
        Weapon.Rocket => "صواريخ",
        Weapon.Missile => "صواريخ بالستية",
        _ => "قذائف هاون",
    };

    private sealed class Stream(Random random, string idPrefix, DateTimeOffset start)
    {
        public Random Random { get; } = random;
        public string IdPrefix { get; } = idPrefix;
        public DateTimeOffset Time { get; set; } = start;
        public DateTimeOffset NextTally { get; set; } = start + TallyInterval;
        public DateTimeOffset CampaignStart { get; set; } = start;
        public long NextId { get; set; }
        public Dictionary<Region, int> Attacks { get; } = TallyRegions.ToDictionary(r => r, _ => 0);
        public Dictionary<Region, int> Injured { get; } = TallyRegions.ToDictionary(r => r, _ => 0);
    }
}
