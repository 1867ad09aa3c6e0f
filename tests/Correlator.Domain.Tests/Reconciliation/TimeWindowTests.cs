using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;
using static Correlator.Domain.Tests.Intake.SampleReports;

namespace Correlator.Domain.Tests.Reconciliation;

public sealed class TimeWindowTests
{
    [Fact]
    public void An_hour_precise_time_covers_an_hour_either_side_plus_the_slack()
    {
        var window = TimeWindow.Around(Evening, TimePrecision.Hour);

        window.Start.ShouldBe(Evening.AddHours(-3));
        window.End.ShouldBe(Evening.AddHours(3));
    }

    [Fact]
    public void A_day_precise_time_covers_its_calendar_day_in_its_own_offset()
    {
        var window = TimeWindow.Around(Evening, TimePrecision.Day);

        window.Contains(October(26)).ShouldBeTrue();
        window.Contains(October(27).AddTicks(-1)).ShouldBeTrue();
    }

    [Fact]
    public void Consecutive_calendar_days_do_not_overlap()
    {
        TimeWindow.Around(October(26).AddHours(12), TimePrecision.Day)
            .Overlaps(TimeWindow.Around(October(27).AddHours(12), TimePrecision.Day)).ShouldBeFalse();
    }

    [Fact]
    public void A_month_precise_time_covers_the_whole_month()
    {
        var window = TimeWindow.Around(Evening, TimePrecision.Month);

        window.Contains(October(1)).ShouldBeTrue();
        window.Contains(October(31).AddHours(23)).ShouldBeTrue();
        window.Contains(October(33)).ShouldBeFalse();
    }

    [Fact]
    public void Exact_times_three_hours_apart_overlap_but_five_hours_apart_do_not()
    {
        var first = TimeWindow.Around(Evening, TimePrecision.Exact);

        first.Overlaps(TimeWindow.Around(Evening.AddHours(3), TimePrecision.Exact)).ShouldBeTrue();
        first.Overlaps(TimeWindow.Around(Evening.AddHours(5), TimePrecision.Exact)).ShouldBeFalse();
    }
}
