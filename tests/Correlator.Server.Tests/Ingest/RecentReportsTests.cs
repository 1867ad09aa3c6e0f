using Correlator.Server.Ingest;
using Correlator.Server.Tests.Reports;
using Correlator.Storage;

namespace Correlator.Server.Tests.Ingest;

public sealed class RecentReportsTests
{
    [Fact]
    public void A_round_takes_only_the_unbroken_run_right_after_what_was_applied()
    {
        var recent = new RecentReports();
        recent.Add([Stored(5), Stored(6), Stored(7), Stored(9)]);

        recent.TakeAfter(3, 100).ShouldBeEmpty();
        recent.TakeAfter(4, 2).Select(s => s.Sequence).ShouldBe([5, 6]);
        recent.TakeAfter(6, 100).Select(s => s.Sequence).ShouldBe([7]);
        recent.TakeAfter(7, 100).ShouldBeEmpty();
    }

    [Fact]
    public void Reports_applied_from_the_log_are_forgotten()
    {
        var recent = new RecentReports();
        recent.Add([Stored(5), Stored(6), Stored(7)]);

        recent.ForgetThrough(6);

        recent.TakeAfter(4, 100).ShouldBeEmpty();
        recent.TakeAfter(6, 100).Select(s => s.Sequence).ShouldBe([7]);
    }

    [Fact]
    public void A_report_handed_over_after_it_was_applied_from_the_log_is_dropped_at_the_next_round()
    {
        var recent = new RecentReports();
        recent.Add([Stored(5), Stored(6)]);

        recent.TakeAfter(6, 100).ShouldBeEmpty();

        recent.TakeAfter(4, 100).ShouldBeEmpty();
    }

    [Fact]
    public void Once_full_further_reports_are_left_to_the_log()
    {
        var recent = new RecentReports();
        recent.Add(Enumerable.Range(1, RecentReports.Capacity + 10).Select(i => Stored(i)).ToList());

        recent.TakeAfter(0, int.MaxValue).Count.ShouldBe(RecentReports.Capacity);
        recent.TakeAfter(RecentReports.Capacity, 100).ShouldBeEmpty();
    }

    private static StoredReport Stored(long sequence) =>
        new(sequence, SampleReports.Claim($"r-{sequence}"), "hash", null, DateTimeOffset.UnixEpoch, ["base:tower-22"]);
}
