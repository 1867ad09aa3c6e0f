using Correlator.Domain.Entities;
using Correlator.Domain.Reports;

namespace Correlator.Domain.Tests.Entities;

public class GazetteerEditingTests
{
    private static Gazetteer Gazetteer => SeedGazetteer.Instance;

    [Fact]
    public void WithAlias_makes_the_alias_resolve_and_leaves_the_original_untouched()
    {
        var edited = Gazetteer.WithAlias(EntityKind.Base, "ain-al-asad", "Qaedat al-Asad");
        edited.ResolveBase("qaedat al asad").ShouldBe("ain-al-asad");
        edited.FindBase("ain-al-asad")!.Aliases.ShouldContain("Qaedat al-Asad");
        Gazetteer.ResolveBase("qaedat al asad").ShouldBeNull();
    }

    [Fact]
    public void WithAlias_of_a_known_name_changes_nothing() =>
        Gazetteer.WithAlias(EntityKind.Group, "kataib-hezbollah", "KATAIB HEZBOLLAH").ShouldBeSameAs(Gazetteer);

    [Fact]
    public void WithAlias_refuses_a_name_that_already_designates_another_entity() =>
        Should.Throw<ArgumentException>(() => Gazetteer.WithAlias(EntityKind.Group, "harakat-al-nujaba", "KH"))
            .Message.ShouldContain("kataib-hezbollah");

    [Fact]
    public void WithAlias_refuses_an_unknown_id() =>
        Should.Throw<ArgumentException>(() => Gazetteer.WithAlias(EntityKind.Base, "atlantis", "Atlantis"));

    [Fact]
    public void WithBase_replaces_an_entity_with_the_same_id()
    {
        var moved = Gazetteer.FindBase("qasrak")! with { Latitude = 36.6 };
        var edited = Gazetteer.WithBase(moved);
        edited.FindBase("qasrak")!.Latitude.ShouldBe(36.6);
        edited.Bases.Count.ShouldBe(Gazetteer.Bases.Count);
    }

    [Fact]
    public void WithBase_adds_a_new_base_that_then_resolves()
    {
        var added = Gazetteer.WithBase(new BaseEntity("ain-al-arab", "Ain al-Arab", "عين العرب", ["Kobani"], Region.Syria, 36.89, 38.35));
        added.ResolveBase("بعين العرب").ShouldBe("ain-al-arab");
        added.Bases.Count.ShouldBe(Gazetteer.Bases.Count + 1);
    }

    [Theory]
    [InlineData("Ain Al Asad", 33, 42, "slug")]
    [InlineData("new-base", 95, 42, "latitude")]
    [InlineData("new-base", 33, -181, "longitude")]
    [InlineData("new-base", double.NaN, 42, "latitude")]
    public void WithBase_validates_the_id_and_coordinates(string id, double latitude, double longitude, string complaint) =>
        Should.Throw<ArgumentException>(() =>
                Gazetteer.WithBase(new BaseEntity(id, "New", "جديد", [], Region.Iraq, latitude, longitude)))
            .Message.ShouldContain(complaint);

    [Fact]
    public void WithBase_refuses_empty_names_and_the_whole_theatre_as_a_country()
    {
        Should.Throw<ArgumentException>(() =>
            Gazetteer.WithBase(new BaseEntity("new-base", " ", "جديد", [], Region.Iraq, 33, 42)));
        Should.Throw<ArgumentException>(() =>
            Gazetteer.WithBase(new BaseEntity("new-base", "New", "جديد", [], Region.All, 33, 42)));
    }

    [Fact]
    public void WithGroup_refuses_an_unknown_umbrella() =>
        Should.Throw<ArgumentException>(() =>
                Gazetteer.WithGroup(GazetteerMembershipTests.Group("new-group", "New Group", "no-such-group")))
            .Message.ShouldContain("no-such-group");
}
