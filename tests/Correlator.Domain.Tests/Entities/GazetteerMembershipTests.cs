using Correlator.Domain.Entities;

namespace Correlator.Domain.Tests.Entities;

public class GazetteerMembershipTests
{
    private static Gazetteer Gazetteer => SeedGazetteer.Instance;

    [Fact]
    public void A_group_is_the_same_as_itself() =>
        Gazetteer.IsSameOrMember("kataib-hezbollah", "kataib-hezbollah").ShouldBeTrue();

    [Theory]
    [InlineData("kataib-hezbollah")]
    [InlineData("harakat-al-nujaba")]
    [InlineData("kataib-sayyid-al-shuhada")]
    [InlineData("harakat-ansar-allah-al-awfiya")]
    public void A_member_and_its_umbrella_match_either_way_round(string member)
    {
        Gazetteer.IsSameOrMember(member, "islamic-resistance-in-iraq").ShouldBeTrue();
        Gazetteer.IsSameOrMember("islamic-resistance-in-iraq", member).ShouldBeTrue();
    }

    [Fact]
    public void Two_members_of_one_umbrella_are_not_the_same_group() =>
        Gazetteer.IsSameOrMember("kataib-hezbollah", "harakat-al-nujaba").ShouldBeFalse();

    [Fact]
    public void A_group_outside_the_umbrella_is_not_a_member() =>
        Gazetteer.IsSameOrMember("asaib-ahl-al-haq", "islamic-resistance-in-iraq").ShouldBeFalse();

    [Fact]
    public void Umbrellas_are_followed_transitively()
    {
        var gazetteer = Gazetteer.WithGroup(Group("kh-drone-unit", "KH Drone Unit", umbrella: "kataib-hezbollah"));
        gazetteer.IsSameOrMember("kh-drone-unit", "islamic-resistance-in-iraq").ShouldBeTrue();
        gazetteer.IsSameOrMember("islamic-resistance-in-iraq", "kh-drone-unit").ShouldBeTrue();
        gazetteer.IsSameOrMember("kh-drone-unit", "harakat-al-nujaba").ShouldBeFalse();
    }

    [Fact]
    public void A_front_that_is_a_group_of_its_own_is_a_member_of_the_group_listing_it()
    {
        var gazetteer = Gazetteer.WithGroup(Group("ashab-al-kahf", "Ashab al-Kahf", umbrella: null));
        gazetteer.ResolveGroup("Ashab al Kahf").ShouldBe("ashab-al-kahf");
        gazetteer.IsSameOrMember("ashab-al-kahf", "kataib-hezbollah").ShouldBeTrue();
        gazetteer.IsSameOrMember("ashab-al-kahf", "islamic-resistance-in-iraq").ShouldBeTrue();
    }

    [Fact]
    public void An_umbrella_cycle_is_refused()
    {
        var cyclic = Gazetteer.FindGroup("islamic-resistance-in-iraq")! with { Umbrella = "kataib-hezbollah" };
        Should.Throw<ArgumentException>(() => Gazetteer.WithGroup(cyclic)).Message.ShouldContain("back to itself");
    }

    internal static GroupEntity Group(string id, string name, string? umbrella) =>
        new(id, name, name + " بالعربية", [], [], umbrella, []);
}
