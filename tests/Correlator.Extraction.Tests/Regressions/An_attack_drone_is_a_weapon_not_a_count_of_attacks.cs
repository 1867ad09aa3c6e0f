using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing: "A one-way attack drone was downed near Erbil air base" gave a media tally of one attack: "one way
/// attack" read as a figure and its noun, though "attack" there says what kind of drone it was.
/// </summary>
public sealed class An_attack_drone_is_a_weapon_not_a_count_of_attacks
{
    [Theory]
    [InlineData("A one-way attack drone was downed near Erbil air base late on Monday, officials said.")]
    [InlineData("Two attack drones struck near al-Tanf on Monday, a U.S. official said.")]
    [InlineData("Militants launched three attack UAVs at Harir base on Monday.")]
    public void No_tally_is_read(string text)
    {
        var reports = Read.Article(text).Candidates.Select(c => c.Report).ToList();

        reports.ShouldNotBeEmpty();
        reports.ShouldAllBe(r => r.Tally == null && r.Base != null);
    }
}
