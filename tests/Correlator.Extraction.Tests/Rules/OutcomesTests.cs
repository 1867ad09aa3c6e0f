using Correlator.Domain.Reports;
using Correlator.Extraction.Rules;

namespace Correlator.Extraction.Tests.Rules;

public sealed class OutcomesTests
{
    [Theory]
    [InlineData("وأصابت الطائرة هدفها بشكل مباشر", Outcome.Hit)]
    [InlineData("قالت الوزارة إن الدفاعات أحبطتها", Outcome.Intercepted)]
    [InlineData("اعترضت الدفاعات الجوية الصاروخ", Outcome.Intercepted)]
    [InlineData("both drones were shot down", Outcome.Intercepted)]
    [InlineData("the strike caused minor damage to a hangar", Outcome.Damage)]
    [InlineData("the rockets scored direct hits", Outcome.Hit)]
    public void Outcome_phrases_are_read(string text, Outcome outcome) =>
        Outcomes.Find(Folding.Of(text)).ShouldHaveSingleItem().Outcome.ShouldBe(outcome);

    [Theory]
    [InlineData("من دون أن يسفر عن ضحايا وأضرار")]
    [InlineData("no injuries or damage were reported")]
    public void Denied_harm_is_no_damage_and_no_casualties_never_damage(string text)
    {
        var found = Outcomes.Find(Folding.Of(text)).ShouldHaveSingleItem();

        found.Outcome.ShouldBe(Outcome.NoDamage);
        found.Casualties.ShouldBe(new Casualties(0, 0));
    }

    [Fact]
    public void No_injuries_alone_gives_zero_casualties_and_leaves_damage_open()
    {
        var found = Outcomes.Find(Folding.Of("مؤكدة أنه لم يسفر عن وقوع إصابات")).ShouldHaveSingleItem();

        found.Outcome.ShouldBe(Outcome.Unknown);
        found.Casualties.ShouldBe(new Casualties(0, 0));
    }
}
