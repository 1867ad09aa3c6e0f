using Correlator.Domain.Entities;
using Correlator.Domain.Tests.Entities;

namespace Correlator.Domain.Tests.Regressions;

/// <summary>
/// Found probing with local Syrian and Iraqi reports: "Kherab al-Jir", "Khrab al-Jir", "Tanaf", "Conico", "Victoria
/// base", «قاعدة فيكتوري» and «قاعدة الأسد الجوية» (Al Asad Air Base) were unknown names, though each is a usual spelling of a base the
/// gazetteer holds. Kharab and Jir vary in every name that holds them, so they are transliterations; the others are
/// aliases of one base.
/// </summary>
public sealed class Bases_resolve_in_the_spellings_local_outlets_use
{
    [Theory]
    [InlineData("Kherab al-Jir", "kharab-al-jir")]
    [InlineData("Khrab al-Jir", "kharab-al-jir")]
    [InlineData("Kherab al-Jeer airfield", "kharab-al-jir")]
    [InlineData("Tanaf", "al-tanf")]
    [InlineData("al-Tanaf base", "al-tanf")]
    [InlineData("Conico", "conoco")]
    [InlineData("Victoria base", "victory")]
    [InlineData("قاعدة فيكتوري", "victory")]
    [InlineData("قاعدة الأسد الجوية", "ain-al-asad")]
    public void The_spelling_resolves_to_its_base(string name, string id) =>
        SeedGazetteer.Instance.ResolveBase(name).ShouldBe(id);

    [Theory]
    [InlineData("قصفت قوات الأسد مواقع للمعارضة")]
    [InlineData("Forces loyal to Bashar al-Assad shelled rebel positions")]
    [InlineData("Queen Victoria visited the base")]
    public void A_word_of_those_names_that_names_other_things_too_is_no_mention(string text) =>
        SeedGazetteer.Instance.FindMentions(text).ShouldNotContain(m => m.Kind == EntityKind.Base);
}
