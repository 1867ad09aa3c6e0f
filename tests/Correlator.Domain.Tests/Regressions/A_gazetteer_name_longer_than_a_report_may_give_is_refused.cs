using Correlator.Domain.Entities;
using Correlator.Domain.Reports;
using Correlator.Domain.Tests.Entities;

namespace Correlator.Domain.Tests.Regressions;

/// <summary>
/// Found probing POST /api/entities: an alias of 3,000 characters was accepted, though a report names its base or group
/// in at most <see cref="ReportValidator.MaxNameLength"/> characters, so such a name could never be matched and only
/// weighed on every lookup and on the dashboard.
/// </summary>
public sealed class A_gazetteer_name_longer_than_a_report_may_give_is_refused
{
    [Fact]
    public void An_alias_longer_than_a_report_name_may_be_is_refused_with_the_limit()
    {
        var alias = new string('x', ReportValidator.MaxNameLength + 1);

        var refused = Should.Throw<ArgumentException>(() =>
            EntityEdits.Apply(SeedGazetteer.Instance, EntityEdits.AliasKind, $$"""{"kind":"base","id":"harir","alias":"{{alias}}"}"""));

        refused.Message.ShouldContain($"longer than {ReportValidator.MaxNameLength} characters");
    }

    [Fact]
    public void An_alias_of_the_longest_report_name_is_taken()
    {
        var alias = "Camp " + new string('x', ReportValidator.MaxNameLength - 5);

        var edited = EntityEdits.Apply(SeedGazetteer.Instance, EntityEdits.AliasKind, $$"""{"kind":"base","id":"harir","alias":"{{alias}}"}""");

        edited.ResolveBase(alias).ShouldBe("harir");
    }
}
