using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;

namespace Correlator.Domain.Tests.Reconciliation;

public sealed class BoundsTests
{
    [Fact]
    public void More_than_60_is_a_lower_bound_of_61()
    {
        Bounds.Of(60, Qualifier.MoreThan).ShouldBe(new Bounds(61, null));
    }

    [Fact]
    public void At_least_24_is_24_with_no_ceiling()
    {
        Bounds.Of(24, Qualifier.AtLeast).ShouldBe(new Bounds(24, null));
    }

    [Theory]
    [InlineData(40, 36, 44)]
    [InlineData(78, 70, 86)]
    [InlineData(100, 90, 110)]
    [InlineData(5, 4, 6)]
    public void About_is_ten_per_cent_either_side(int value, int low, int high)
    {
        Bounds.Of(value, Qualifier.About).ShouldBe(new Bounds(low, high));
    }

    [Fact]
    public void Up_to_5_is_anything_from_0_to_5()
    {
        Bounds.Of(5, Qualifier.UpTo).ShouldBe(new Bounds(0, 5));
    }

    [Fact]
    public void An_exact_figure_is_a_single_value()
    {
        Bounds.Of(12, Qualifier.Exact).ShouldBe(new Bounds(12, 12));
    }

    [Fact]
    public void A_lower_bound_overlaps_any_range_that_reaches_it()
    {
        var moreThan60 = Bounds.Of(60, Qualifier.MoreThan);

        moreThan60.Overlaps(Bounds.Of(61, Qualifier.Exact)).ShouldBeTrue();
        moreThan60.Overlaps(Bounds.Of(60, Qualifier.Exact)).ShouldBeFalse();
        moreThan60.IsAbove(60).ShouldBeTrue();
        moreThan60.IsBelow(1_000).ShouldBeFalse();
    }

    [Fact]
    public void The_quoted_point_of_more_than_60_is_61()
    {
        Bounds.PointOf(60, Qualifier.MoreThan).ShouldBe(61);
        Bounds.PointOf(78, Qualifier.About).ShouldBe(78);
    }
}
