using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing a CENTCOM release: "engaged a one-way attack UAS. The UAS was destroyed." gave the base damage; what
/// was destroyed was the weapon, so the attack was thwarted.
/// </summary>
public sealed class A_destroyed_drone_is_an_interception_not_damage
{
    [Theory]
    [InlineData("On Nov. 21, CENTCOM forces at Al-Shaddadi engaged and destroyed a one-way attack UAS.")]
    [InlineData("On Nov. 21, a drone targeted al-Tanf garrison; the drone was destroyed.")]
    [InlineData("On Nov. 21, two rockets were fired at Ain al-Asad and both were destroyed.")]
    public void The_outcome_is_intercepted(string text) =>
        Read.Single(text, published: "2023-11-22").Report.Outcome.ShouldBe(Outcome.Intercepted);

    [Fact]
    public void A_destroyed_building_is_still_damage() =>
        Read.Single("On Nov. 21, a drone struck Harir air base and a hangar was destroyed.", published: "2023-11-22").Report.Outcome.ShouldBe(Outcome.Damage);
}
