using Correlator.Domain.Reports;
using static Correlator.Domain.Tests.Intake.SampleReports;

namespace Correlator.Domain.Tests.Intake;

public sealed class ReportResolverTests
{
    [Fact]
    public void An_arabic_alias_resolves_to_the_gazetteer_id()
    {
        var claim = Claim("c1", "مطار أربيل", "كتائب حزب الله", Evening);

        var (resolved, problems) = ReportResolver.Resolve(claim, SeedFiles.Gazetteer);

        problems.ShouldBeEmpty();
        resolved.Base.ShouldBe("erbil-air-base");
        resolved.Group.ShouldBe("kataib-hezbollah");
    }

    [Fact]
    public void An_arabic_name_with_the_article_and_a_variant_alef_still_resolves()
    {
        var (resolved, problems) = ReportResolver.Resolve(Claim("c1", "قاعدة عين الاسد", "islamic-resistance-in-iraq", Evening), SeedFiles.Gazetteer);

        problems.ShouldBeEmpty();
        resolved.Base.ShouldBe("ain-al-asad");
    }

    [Fact]
    public void An_unknown_base_is_a_problem_that_lists_the_nearest_names()
    {
        var (_, problems) = ReportResolver.Resolve(Claim("c1", "Harrir Air Base", "kataib-hezbollah", Evening), SeedFiles.Gazetteer, "[0].");

        var problem = problems.ShouldHaveSingleItem();
        problem.Field.ShouldBe("[0].base");
        problem.IsUnknownEntity.ShouldBeTrue();
        problem.Nearest.ShouldNotBeNull().ShouldContain("Harir Air Base");
    }

    [Fact]
    public void An_unknown_group_is_a_problem_and_the_base_still_resolves()
    {
        var (resolved, problems) = ReportResolver.Resolve(Claim("c1", "Harir", "Nobody's Brigade", Evening), SeedFiles.Gazetteer);

        problems.ShouldHaveSingleItem().Field.ShouldBe("group");
        resolved.Base.ShouldBe("harir");
    }

    [Fact]
    public void A_report_without_base_or_group_resolves_unchanged()
    {
        var tally = OfficialTally("t1", TallyMetric.Attacks, 92, Qualifier.Exact, October(17), October(72));

        var (resolved, problems) = ReportResolver.Resolve(tally, SeedFiles.Gazetteer);

        problems.ShouldBeEmpty();
        resolved.ShouldBe(tally);
    }
}
