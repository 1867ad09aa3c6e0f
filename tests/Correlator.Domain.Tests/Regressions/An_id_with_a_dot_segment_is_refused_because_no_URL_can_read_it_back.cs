using Correlator.Domain.Reports;
using static Correlator.Domain.Tests.Intake.SampleReports;

namespace Correlator.Domain.Tests.Regressions;

/// <summary>
/// Found probing: a report with the id "wire/../a" was accepted, but no GET could read it back, because clients and
/// servers resolve "." and ".." path segments (percent-encoded too) before the id reaches the API. Such an id is now
/// refused when posted, with the reason, rather than stored out of reach.
/// </summary>
public sealed class An_id_with_a_dot_segment_is_refused_because_no_URL_can_read_it_back
{
    private static readonly DateTimeOffset Now = new(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("..")]
    [InlineData("wire/../a")]
    [InlineData("wire/./a")]
    [InlineData("wire/2024/..")]
    public void A_dot_segment_is_refused_naming_the_id(string id)
    {
        var problem = ReportValidator.Validate(Claim(id, "erbil-air-base", "islamic-resistance-in-iraq", Evening), Now).ShouldHaveSingleItem();

        problem.Field.ShouldBe("id");
        problem.Reason.ShouldContain("'..'");
    }

    [Theory]
    [InlineData("wire/2024/01/16-a")]
    [InlineData("v1.2..final")]
    [InlineData(".hidden/a.b")]
    public void Dots_inside_a_segment_are_fine(string id)
    {
        ReportValidator.Validate(Claim(id, "erbil-air-base", "islamic-resistance-in-iraq", Evening), Now).ShouldBeEmpty();
    }
}
