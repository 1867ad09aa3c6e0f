using System.Security.Cryptography;
using System.Text;
using Correlator.Domain.Reports;
using Correlator.Server.Ingest;
using FsCheck;
using FsCheck.Fluent;

namespace Correlator.Server.Tests.Ingest;

public sealed class ContentHashTests
{
    private static readonly Report Seed = new()
    {
        Id = "claim-1",
        Kind = ReportKind.Claim,
        Source = new Source("Islamic Resistance in Iraq", SourceType.ArmedGroup),
        OccurredAt = new DateTimeOffset(2023, 10, 20, 14, 30, 0, TimeSpan.FromHours(3)),
        Base = "عين الأسد",
        Group = "Islamic Resistance in Iraq",
    };

    [Fact]
    public void The_hash_taken_from_the_serialisers_bytes_is_the_hash_of_the_reports_json_text()
    {
        // Any text a client may send, Arabic, controls and lone surrogates included: retries of posts logged before
        // must still be recognised as the same report.
        var text = Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>(),
            Gen.Elements("عين الأسد", "\ud800", "a\udc00b", "\u0000\u001f\"\\", "🚀 drones", "Tower 22 / البرج 22"));
        Prop.ForAll(text.ToArbitrary(), text.ToArbitrary(), (quote, note) =>
        {
            var report = Seed with { Quote = quote, Note = note, Id = "claim-" + note?.Length };
            var fromText = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ReportJson.Serialize(report))));

            ReportIngest.ContentHash(report).ShouldBe(fromText);
        }).QuickCheckThrowOnFailure();
    }
}
