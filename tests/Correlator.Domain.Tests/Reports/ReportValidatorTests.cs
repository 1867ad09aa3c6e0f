using Correlator.Domain.Reports;
using static Correlator.Domain.Tests.Intake.SampleReports;

namespace Correlator.Domain.Tests.Intake;

public sealed class ReportValidatorTests
{
    private static readonly DateTimeOffset Now = new(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_well_formed_claim_has_no_problems()
    {
        Validate(Claim("c1", "erbil-air-base", "islamic-resistance-in-iraq", Evening)).ShouldBeEmpty();
    }

    [Fact]
    public void An_attack_dated_far_in_the_future_is_refused()
    {
        var problem = Validate(Valid with { OccurredAt = Now.AddDays(30) }).ShouldHaveSingleItem();

        problem.Field.ShouldBe("occurredAt");
        problem.Reason.ShouldBe("is in the future");
    }

    [Fact]
    public void A_date_within_a_day_ahead_is_allowed_for_time_zones()
    {
        Validate(Valid with { OccurredAt = Now.AddHours(20) }).ShouldBeEmpty();
    }

    [Fact]
    public void A_date_before_1900_is_refused()
    {
        var problem = Validate(Valid with { Source = Valid.Source with { PublishedAt = new DateTimeOffset(1899, 12, 31, 0, 0, 0, TimeSpan.Zero) } })
            .ShouldHaveSingleItem();

        problem.Field.ShouldBe("source.publishedAt");
        problem.Reason.ShouldBe("is before 1900");
    }

    [Fact]
    public void Negative_casualty_counts_are_refused()
    {
        var problem = Validate(Valid with { Casualties = new Casualties(Killed: -1) }).ShouldHaveSingleItem();

        problem.Field.ShouldBe("casualties.killed");
    }

    [Fact]
    public void A_weapon_count_of_zero_is_refused()
    {
        Validate(Valid with { WeaponCount = 0 }).ShouldHaveSingleItem().Field.ShouldBe("weaponCount");
    }

    [Fact]
    public void A_negative_tally_is_refused()
    {
        var tally = OfficialTally("t1", TallyMetric.Attacks, -3, Qualifier.Exact, October(1), October(20));

        Validate(tally).ShouldHaveSingleItem().Field.ShouldBe("tally.value");
    }

    [Fact]
    public void A_tally_window_that_ends_before_it_starts_is_refused()
    {
        var tally = OfficialTally("t1", TallyMetric.Attacks, 3, Qualifier.Exact, October(20), October(1));

        Validate(tally).ShouldHaveSingleItem().Field.ShouldBe("tally.from");
    }

    [Fact]
    public void Control_characters_in_a_name_are_refused()
    {
        var problem = Validate(Valid with { Base = "erbil\u0007base" }).ShouldHaveSingleItem();

        problem.Field.ShouldBe("base");
        problem.Reason.ShouldContain("U+0007");
    }

    [Fact]
    public void Line_breaks_are_allowed_in_a_quote_but_not_in_a_name()
    {
        Validate(Valid with { Quote = "first line\nsecond line" }).ShouldBeEmpty();
        Validate(Valid with { Group = "islamic\nresistance" }).ShouldHaveSingleItem().Field.ShouldBe("group");
    }

    [Fact]
    public void A_bidirectional_override_is_refused_even_in_a_quote()
    {
        var problem = Validate(Valid with { Quote = "\u202Eكتائب" }).ShouldHaveSingleItem();

        problem.Field.ShouldBe("quote");
        problem.Reason.ShouldContain("bidirectional override U+202E");
    }

    [Fact]
    public void A_right_to_left_mark_in_arabic_text_is_fine()
    {
        Validate(Valid with { Quote = "\u200Fقاعدة حرير" }).ShouldBeEmpty();
    }

    [Fact]
    public void A_claim_without_a_group_is_refused()
    {
        var problem = Validate(Valid with { Group = null }).ShouldHaveSingleItem();

        problem.Field.ShouldBe("group");
        problem.Reason.ShouldBe("is required for a claim report");
    }

    [Fact]
    public void A_claim_without_a_time_cannot_be_matched_and_is_refused()
    {
        Validate(Valid with { OccurredAt = null }).ShouldHaveSingleItem().Field.ShouldBe("occurredAt");
    }

    [Fact]
    public void A_tally_on_a_claim_is_refused()
    {
        var problem = Validate(Valid with { Tally = new Tally(TallyMetric.Attacks, 1, Qualifier.Exact, null, Evening, Region.Iraq) })
            .ShouldHaveSingleItem();

        problem.Field.ShouldBe("tally");
    }

    [Fact]
    public void Problems_in_a_batch_name_the_position_of_the_report()
    {
        var problem = ReportValidator.Validate(Valid with { Id = " " }, Now, "[3].").ShouldHaveSingleItem();

        problem.Field.ShouldBe("[3].id");
        problem.Reason.ShouldBe("is required");
    }

    private static Report Valid => Claim("c1", "erbil-air-base", "islamic-resistance-in-iraq", Evening);

    private static IReadOnlyList<ReportProblem> Validate(Report report) => ReportValidator.Validate(report, Now);
}
