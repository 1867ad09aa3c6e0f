using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests;

/// <summary>Whole stories of our own writing, one per language, read end to end: the rule families working together.</summary>
public sealed class WireStoryTests
{
    private const string English = """
        BAGHDAD (Reuters) - Two drones targeted U.S. forces at al-Tanf garrison in southern Syria on Thursday, a U.S. defense official said, adding that one was shot down.

        The Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, claimed responsibility for the attack in a statement on Telegram, saying it had also targeted Erbil air base with a drone.

        Separately, three rockets landed near the U.S. embassy in Baghdad late on Wednesday, Iraqi security sources said.

        U.S. and coalition forces have been attacked at least 40 times in Iraq and 26 times in Syria since Oct. 17, according to the Pentagon.
        """;

    private const string Arabic = """
        أعلنت كتائب حزب الله، فجر الأحد، أنها استهدفت قاعدة التنف الأمريكية بثلاث طائرات مسيرة، مؤكدة أنها أصابت أهدافها بدقة.

        من جهته، قال مسؤول في البنتاغون إن الدفاعات الجوية اعترضت طائرتين، فيما سقطت الثالثة خارج القاعدة.

        وفي العراق، أفادت مصادر أمنية بسقوط صاروخي كاتيوشا قرب قاعدة فكتوريا في محيط مطار بغداد الدولي مساء السبت.

        وبحسب وزارة الدفاع الأمريكية، تعرضت القوات الأمريكية لـ 97 هجوما منذ منتصف تشرين الأول/أكتوبر.
        """;

    [Fact]
    public void An_English_wire_story_gives_the_official_incident_the_claims_the_media_report_and_the_tallies()
    {
        var reports = Read.Article(English, published: "2023-12-09").Candidates.Select(c => c.Report).ToList();

        var official = reports.Single(r => r.Kind == ReportKind.OfficialIncident);
        (official.Base, official.Weapon, official.WeaponCount, official.Outcome).ShouldBe(("al-tanf", Weapon.Drone, 2, Outcome.Intercepted));
        official.OccurredAt!.Value.Day.ShouldBe(7);
        reports.Where(r => r.Kind == ReportKind.Claim).Select(r => r.Base).ShouldBe(["al-tanf", "erbil-air-base"], ignoreOrder: true);
        var media = reports.Single(r => r.Kind == ReportKind.MediaReport);
        (media.Base, media.Weapon, media.WeaponCount).ShouldBe(("us-embassy-baghdad", Weapon.Rocket, 3));
        reports.Where(r => r.Kind == ReportKind.OfficialTally).Select(r => (r.Tally!.Region, r.Tally.Value, r.Tally.From!.Value.Day))
            .ShouldBe([(Region.Iraq, 40, 17), (Region.Syria, 26, 17)], ignoreOrder: true);
    }

    [Fact]
    public void An_Arabic_story_gives_the_claim_the_official_interception_the_media_report_and_the_tally()
    {
        var reports = Read.Article(Arabic, published: "2023-12-11").Candidates.Select(c => c.Report).ToList();

        var claim = reports.Single(r => r.Kind == ReportKind.Claim);
        (claim.Base, claim.Group, claim.WeaponCount, claim.Outcome).ShouldBe(("al-tanf", "kataib-hezbollah", 3, Outcome.Hit));
        claim.OccurredAt.ShouldBe(new DateTimeOffset(2023, 12, 10, 5, 0, 0, TimeSpan.FromHours(3)));
        reports.Single(r => r.Kind == ReportKind.OfficialIncident).Outcome.ShouldBe(Outcome.Intercepted);
        var media = reports.Single(r => r.Kind == ReportKind.MediaReport);
        (media.Base, media.WeaponCount).ShouldBe(("victory", 2));
        reports.Single(r => r.Kind == ReportKind.OfficialTally).Tally!.From!.Value.Day.ShouldBe(15);
    }
}
