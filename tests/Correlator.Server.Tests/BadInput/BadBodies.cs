using System.Text;
using System.Text.Json.Nodes;

namespace Correlator.Server.Tests.BadInput;

/// <summary>
/// The bad-input battery: each body is a valid claim with one thing wrong, or something that is not a report at all.
/// </summary>
public static class BadBodies
{
    private const string ValidClaim = """
        {
          "id": "bad-input-claim",
          "kind": "claim",
          "source": { "name": "Islamic Resistance in Iraq", "type": "armedGroup", "publishedAt": "2024-02-10T20:00:00+03:00" },
          "occurredAt": "2024-02-10T19:00:00+03:00",
          "timePrecision": "hour",
          "base": "ain-al-asad",
          "group": "islamic-resistance-in-iraq",
          "weapon": "drone",
          "weaponCount": 2,
          "outcome": "hit",
          "casualties": { "killed": 0, "injured": 3, "qualifier": "atLeast" },
          "quote": "استهدفنا قاعدة عين الأسد",
          "language": "ar"
        }
        """;

    public static IReadOnlyList<BadBody> All { get; } =
    [
        With("an unknown kind", "kind", c => c["kind"] = "airstrike"),
        With("a kind given as a number", "kind", c => c["kind"] = 0),
        With("an unknown weapon", "weapon", c => c["weapon"] = "laser"),
        With("an unknown source type", "source.type", c => c["source"]!["type"] = "blogger"),
        With("an unknown time precision", "timePrecision", c => c["timePrecision"] = "fortnight"),
        With("a weapon count given as words", "weaponCount", c => c["weaponCount"] = "two"),
        With("a weapon count with a fraction", "weaponCount", c => c["weaponCount"] = 2.5),
        With("a weapon count beyond any integer", "weaponCount", c => c["weaponCount"] = JsonNode.Parse("1e30")),
        With("a source given as a string", "source", c => c["source"] = "IRI"),
        With("an id given as a number", "id", c => c["id"] = 42),
        With("a date that is not a date", "occurredAt", c => c["occurredAt"] = "yesterday evening"),
        With("a missing id", "id", c => c.Remove("id")),
        With("a missing kind", "kind", c => c.Remove("kind")),
        With("a missing source", "source", c => c.Remove("source")),
        With("a missing source name", "source.name", c => c["source"]!.AsObject().Remove("name")),
        With("a blank id", "id", c => c["id"] = "   "),
        With("a claim without a time", "occurredAt", c => c.Remove("occurredAt")),
        With("a claim without a group", "group", c => c.Remove("group")),
        With("an attack in the far future", "occurredAt", c => c["occurredAt"] = "2999-01-01T00:00:00Z"),
        With("an attack before 1900", "occurredAt", c => c["occurredAt"] = "1850-06-01T00:00:00Z"),
        With("a publication in the far future", "source.publishedAt", c => c["source"]!["publishedAt"] = "2400-01-01T00:00:00Z"),
        With("a negative count of killed", "casualties.killed", c => c["casualties"]!["killed"] = -1),
        With("a negative count of injured", "casualties.injured", c => c["casualties"]!["injured"] = -40),
        With("a negative weapon count", "weaponCount", c => c["weaponCount"] = -2),
        With("a tally on a claim", "tally", c => c["tally"] = JsonNode.Parse("""{"metric":"attacks","value":3,"qualifier":"exact","to":"2024-02-10T00:00:00Z","region":"iraq"}""")),
        With("an id longer than 200 characters", "id", c => c["id"] = new string('x', 201)),
        With("a control character in the id", "id", c => c["id"] = "bad\u0001id"),
        With("a NUL in the source name", "source.name", c => c["source"]!["name"] = "IRI\u0000"),
        With("a bell in the quote", "quote", c => c["quote"] = "استهدفنا\u0007 القاعدة"),
        With("a right-to-left override in the Arabic quote", "quote", c => c["quote"] = "استهدفنا \u202Eالقاعدة"),
        Raw("an unpaired surrogate escaped in the quote", "quote", ValidClaim.Replace("استهدفنا", "\\ud800", StringComparison.Ordinal)),
        Raw("a negative tally value", "tally.value",
            """{"id":"t","kind":"officialTally","source":{"name":"DoD","type":"official"},"tally":{"metric":"attacks","value":-5,"qualifier":"exact","to":"2023-11-14T00:00:00Z","region":"all"}}"""),
        Raw("a tally window that ends before it starts", "tally.from",
            """{"id":"t","kind":"officialTally","source":{"name":"DoD","type":"official"},"tally":{"metric":"attacks","value":5,"qualifier":"exact","from":"2023-12-01T00:00:00Z","to":"2023-11-14T00:00:00Z","region":"all"}}"""),
        Raw("an unknown tally region", "tally.region",
            """{"id":"t","kind":"officialTally","source":{"name":"DoD","type":"official"},"tally":{"metric":"attacks","value":5,"qualifier":"exact","to":"2023-11-14T00:00:00Z","region":"lebanon"}}"""),
        Raw("an empty body", "body", ""),
        Raw("malformed JSON", "body", "{ id: 'x', kind: claim }"),
        Raw("truncated JSON", "body", ValidClaim[..(ValidClaim.Length / 2)]),
        Raw("a trailing comma", "body", ValidClaim.TrimEnd().TrimEnd('}') + ",}"),
        Raw("two documents in one body", "body", ValidClaim + ValidClaim),
        Raw("JSON nested a hundred deep", "body", "{\"id\":\"deep\",\"note\":" + new string('[', 100) + new string(']', 100) + "}"),
        Raw("a report nested a hundred deep in arrays", "body", new string('[', 100) + ValidClaim + new string(']', 100)),
        Raw("a number instead of a report", "body", "42"),
        Raw("a string instead of a report", "body", "\"a report\""),
        Raw("null instead of a report", "body", "null"),
        Raw("an empty array", "body", "[]"),
        Raw("an array holding a number", "[0]", "[1]"),
        Raw("an array whose second report has an unknown kind", "[1].kind", "[" + ValidClaim + "," + ValidClaim.Replace("\"claim\"", "\"rumour\"", StringComparison.Ordinal) + "]"),
        Bytes("invalid UTF-8 in a string", "quote", Concat("{\"id\":\"utf\",\"quote\":\"", [0xC3, 0x28, 0xFF, 0xFE], "\"}")),
        Bytes("a UTF-16 body", "body", Encoding.Unicode.GetBytes(ValidClaim)),
        Bytes("a raw control byte inside a string", "body", Concat("{\"id\":\"ctl", [0x01], "\"}")),
    ];

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var body in All)
        {
            names.Add(body.Name);
        }
        return names;
    }

    public static BadBody Named(string name) => All.Single(b => b.Name == name);

    private static BadBody With(string name, string field, Action<JsonObject> spoil)
    {
        var claim = JsonNode.Parse(ValidClaim)!.AsObject();
        spoil(claim);
        return new BadBody(name, Encoding.UTF8.GetBytes(claim.ToJsonString()), field);
    }

    private static BadBody Raw(string name, string field, string body) => new(name, Encoding.UTF8.GetBytes(body), field);

    private static BadBody Bytes(string name, string field, byte[] body) => new(name, body, field);

    private static byte[] Concat(string before, byte[] middle, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. middle, .. Encoding.UTF8.GetBytes(after)];
}
