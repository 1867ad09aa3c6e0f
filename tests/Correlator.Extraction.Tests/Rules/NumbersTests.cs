using Correlator.Domain.Reports;
using FsCheck;
using FsCheck.Fluent;
using Correlator.Extraction.Rules;

namespace Correlator.Extraction.Tests.Rules;

public sealed class NumbersTests
{
    [Theory]
    [InlineData("تعرضت القوات إلى أكثر من ٦٠ هجوماً", 60, Qualifier.MoreThan)]
    [InlineData("أصيب ما لا يقل عن 24 عسكريا", 24, Qualifier.AtLeast)]
    [InlineData("استهدفت نحو أربعين مرة", 40, Qualifier.About)]
    [InlineData("قتل حوالي 7 جنود", 7, Qualifier.About)]
    [InlineData("وسقط خمسة وعشرون صاروخا", 25, Qualifier.Exact)]
    [InlineData("at least 19 troops were hurt", 19, Qualifier.AtLeast)]
    [InlineData("more than 1,200 attacks", 1200, Qualifier.MoreThan)]
    [InlineData("up to twenty-one rockets", 21, Qualifier.UpTo)]
    [InlineData("about a dozen drones", 12, Qualifier.Exact)]
    public void Figures_are_read_in_digits_and_words_with_their_hedge(string text, int value, Qualifier qualifier)
    {
        var number = Numbers.Find(Folding.Of(text)).ShouldHaveSingleItem();

        number.Value.ShouldBe(value);
        number.Qualifier.ShouldBe(qualifier);
    }

    [Fact]
    public void Any_number_written_in_Arabic_Indic_digits_reads_as_its_Western_value() =>
        Prop.ForAll(Gen.Choose(1, 9_999_999).ToArbitrary(), n =>
        {
            var arabic = string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('\u0660' + (c - '0'))));
            return Numbers.Find(Folding.Of($"وقع {arabic} هجوما")).Single().Value == n;
        }).QuickCheckThrowOnFailure();
}
