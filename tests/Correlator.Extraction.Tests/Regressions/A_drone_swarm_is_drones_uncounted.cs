using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing: "targeted ... Ain al-Asad with a drone swarm" gave one drone: "a drone" was read before "swarm".
/// </summary>
public sealed class A_drone_swarm_is_drones_uncounted
{
    [Theory]
    [InlineData("The Islamic Resistance in Iraq said it had targeted the American occupation base at Ain al-Asad with a drone swarm on Saturday.")]
    [InlineData("A drone swarm attacked al-Tanf garrison on Saturday, officials said.")]
    [InlineData("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة التنف بسرب من الطائرات المسيرة يوم السبت.")]
    public void The_report_names_drones_without_a_count(string text)
    {
        var report = Read.Single(text).Report;

        report.Weapon.ShouldBe(Weapon.Drone);
        report.WeaponCount.ShouldBeNull();
    }
}
