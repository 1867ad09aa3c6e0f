using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Correlator.Server.Tests.RandomInput;

/// <summary>
/// Generators of hostile bodies: valid reports with a few fields removed or set to values of any type, sometimes
/// wrapped in arrays or cut short, and plain random bytes.
/// </summary>
public static class RandomBodies
{
    private const string Claim = """
        {"id":"random","kind":"claim","source":{"name":"Islamic Resistance in Iraq","type":"armedGroup","publishedAt":"2024-02-10T20:00:00+03:00"},
         "occurredAt":"2024-02-10T19:00:00+03:00","timePrecision":"hour","base":"ain-al-asad","group":"islamic-resistance-in-iraq",
         "weapon":"drone","weaponCount":2,"outcome":"hit","casualties":{"killed":0,"injured":3,"qualifier":"atLeast"},
         "quote":"استهدفنا قاعدة عين الأسد","language":"ar"}
        """;

    private const string OfficialTally = """
        {"id":"random","kind":"officialTally","source":{"name":"US Department of Defense","type":"official"},
         "tally":{"metric":"attacks","value":92,"qualifier":"exact","from":"2023-10-17T00:00:00Z","to":"2023-12-11T00:00:00Z","region":"all","countingRule":"allAttacks"},
         "quote":"92 attacks since 17 October","language":"en"}
        """;

    private static readonly string[] Paths =
    [
        "id", "kind", "source", "source.name", "source.type", "source.url", "source.publishedAt", "occurredAt", "timePrecision",
        "base", "group", "region", "weapon", "weaponCount", "outcome", "casualties", "casualties.killed", "casualties.injured",
        "casualties.qualifier", "tally", "tally.metric", "tally.value", "tally.qualifier", "tally.from", "tally.to", "tally.region",
        "tally.countingRule", "quote", "language", "article", "note", "extracted", "extracted.confidence", "extracted.rules",
    ];

    private static readonly string[] Words =
    [
        "claim", "officialIncident", "officialTally", "mediaTally", "attribution", "armedGroup", "official", "drone", "rocket", "hit",
        "intercepted", "iraq", "syria", "all", "attacks", "killed", "moreThan", "about", "exact", "hour", "month", "facilityStrikes",
        "ain-al-asad", "Erbil airport", "قاعدة عين الأسد", "مطار أربيل", "kataib-hezbollah", "كتائب حزب الله", "Nowhere base",
        "2023-10-26T19:00:00Z", "2023-10-26", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1899-12-31T23:59:59Z", "2023-02-30T00:00:00Z",
        "", " ", "\u0000", "\u0007bell", "\u202Eevil", "\u200Fعين", "\uFEFF", "😀", "NaN", "Infinity", "-1", "1e999",
    ];

    public static Arbitrary<string> Json { get; } = JsonBodies().ToArbitrary();

    public static Arbitrary<byte[]> Bytes { get; } = Gen.OneOf(
            Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf(),
            from json in JsonBodies()
            from value in Gen.Choose(0, 255)
            from at in Gen.Choose(0, 1000)
            select Corrupt(json, (byte)value, at))
        .ToArbitrary();

    private static Gen<string> JsonBodies()
    {
        var report =
            from template in Gen.Elements(Claim, OfficialTally)
            from count in Gen.Choose(0, 3)
            from mutations in Mutations().ListOf(count)
            from salt in Gen.Choose(0, 49)
            select Mutated(template, mutations, salt);
        return Gen.OneOf(
            report,
            report.ListOf().Select(list => "[" + string.Join(",", list) + "]"),
            report.Zip(Gen.Choose(0, 400)).Select(t => t.Item1[..Math.Min(t.Item1.Length, t.Item2)]),
            Values(depth: 3));
    }

    private static Gen<Mutation> Mutations() =>
        from path in Gen.Elements(Paths)
        from remove in Gen.Elements(true, false, false, false)
        from value in Values(depth: 2)
        select new Mutation(path, remove, value == "null" ? null : value);

    /// <summary>Any JSON value, as text: scalars of every kind and small arrays and objects of them.</summary>
    private static Gen<string> Values(int depth)
    {
        var scalars = Gen.OneOf(
            Gen.Constant("null"),
            Gen.Elements("true", "false", "0", "-1", "2.5", "1e308", "-9223372036854775809", "2147483648", "100001", "10000001"),
            Gen.Choose(-1000, 1000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Elements(Words).Select(w => JsonSerializer.Serialize(w)),
            ArbMap.Default.GeneratorFor<string>().Select(s => JsonSerializer.Serialize(s ?? "")));
        if (depth == 0)
        {
            return scalars;
        }
        var inner = Values(depth - 1);
        return Gen.OneOf(
            scalars,
            scalars,
            inner.ListOf().Select(items => "[" + string.Join(",", items) + "]"),
            Gen.Elements(Paths).Zip(inner).ListOf()
                .Select(fields => "{" + string.Join(",", fields.Select(f => $"{JsonSerializer.Serialize(f.Item1)}:{f.Item2}")) + "}"));
    }

    private static string Mutated(string template, IEnumerable<Mutation> mutations, int salt)
    {
        var report = JsonNode.Parse(template)!.AsObject();
        report["id"] = $"random-{salt}";
        foreach (var mutation in mutations)
        {
            mutation.ApplyTo(report);
        }
        return report.ToJsonString();
    }

    private static byte[] Corrupt(string json, byte value, int at)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        if (bytes.Length > 0)
        {
            bytes[at % bytes.Length] = value;
        }
        return bytes;
    }
}
