using Correlator.Domain.Tests.Entities;

namespace Correlator.Domain.Tests.Regressions;

/// <summary>
/// Found probing with new articles: "Harakat Hizbullah al-Nujaba" and "Ayn al-Assad" were unknown names (a 422 on
/// POST /api/reports), though the gazetteer held the same transliterations for other entities or in other combinations
/// ("Kataib Hizbullah", "Ayn al-Asad", "Ain al-Assad"). Names are matched exactly after normalisation, so each usual
/// spelling of a transliterated word has to be among an entity's aliases, in every name that uses the word.
/// </summary>
public sealed class Each_usual_spelling_of_a_gazetteer_name_resolves
{
    private static readonly string[] Hezbollah = ["Hezbollah", "Hizballah", "Hizbullah", "Hizbollah"];

    [Fact]
    public void Every_name_with_Hezbollah_in_it_resolves_with_each_spelling_of_it()
    {
        var gazetteer = SeedGazetteer.Instance;
        var names = gazetteer.Groups.SelectMany(g => new[] { g.Name }.Concat(g.Aliases).Select(n => (g.Id, Name: n)))
            .Where(n => Hezbollah.Any(h => n.Name.Contains(h, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        names.ShouldNotBeEmpty();
        foreach (var (id, name) in names)
        {
            var spelling = Hezbollah.First(h => name.Contains(h, StringComparison.OrdinalIgnoreCase));
            foreach (var other in Hezbollah)
            {
                var variant = name.Replace(spelling, other, StringComparison.OrdinalIgnoreCase);
                gazetteer.ResolveGroup(variant).ShouldBe(id, variant);
            }
        }
    }

    [Theory]
    [InlineData("Ain"), InlineData("Ayn"), InlineData("Ein")]
    public void Ain_al_Asad_resolves_with_either_spelling_of_Asad(string ain)
    {
        foreach (var asad in new[] { "Asad", "Assad" })
        {
            SeedGazetteer.Instance.ResolveBase($"{ain} al-{asad}").ShouldBe("ain-al-asad", $"{ain} al-{asad}");
        }
    }
}
