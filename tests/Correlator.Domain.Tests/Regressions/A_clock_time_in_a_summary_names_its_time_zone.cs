using Correlator.Domain.Humanizing;
using Correlator.Domain.Reports;

namespace Correlator.Domain.Tests.Regressions;

/// <summary>
/// Found probing with a claim timed in Baghdad and a statement timed in UTC: summaries said "around 16:00" for one
/// attack and "around 19:00" for another with nothing to tell the reader that both were the same instant.
/// </summary>
public sealed class A_clock_time_in_a_summary_names_its_time_zone
{
    private static readonly DateTimeOffset Instant = new(2023, 10, 26, 16, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 0, "on 26 October 2023 around 16:00 UTC")]
    [InlineData(3, 0, "on 26 October 2023 around 19:00 UTC+3")]
    [InlineData(-4, 0, "on 26 October 2023 around 12:00 UTC-4")]
    [InlineData(5, 30, "on 26 October 2023 around 21:30 UTC+5:30")]
    public void The_same_instant_reads_in_the_zone_the_source_gave_it(int hours, int minutes, string expected)
    {
        var offset = new TimeSpan(hours, hours < 0 ? -minutes : minutes, 0);
        Phrases.When(Instant.ToOffset(offset), TimePrecision.Exact).ShouldBe(expected);
    }
}
