using Correlator.Domain.Humanizing;
using Correlator.Domain.Reports;
using static Correlator.Domain.Tests.Intake.SampleReports;

namespace Correlator.Domain.Tests.Humanizing;

public sealed class PhrasesTests
{
    [Theory]
    [InlineData(Weapon.Drone, 2, "two drones")]
    [InlineData(Weapon.Drone, 1, "a drone")]
    [InlineData(Weapon.Drone, null, "a drone")]
    [InlineData(Weapon.Rocket, null, "rockets")]
    [InlineData(Weapon.Ied, 1, "an IED")]
    [InlineData(Weapon.Missile, 12, "twelve missiles")]
    [InlineData(null, null, "an attack")]
    [InlineData(Weapon.Unknown, 3, "three attacks")]
    public void Weapons_read_as_a_newsroom_would_write_them(Weapon? weapon, int? count, string expected)
    {
        Phrases.Weapons(weapon, count).ShouldBe(expected);
    }

    [Theory]
    [InlineData(60, Qualifier.MoreThan, "more than 60")]
    [InlineData(24, Qualifier.AtLeast, "at least 24")]
    [InlineData(40, Qualifier.About, "about 40")]
    [InlineData(5, Qualifier.UpTo, "up to five")]
    [InlineData(0, Qualifier.Exact, "no")]
    [InlineData(92, Qualifier.Exact, "92")]
    public void A_figure_keeps_its_hedge(int value, Qualifier qualifier, string expected)
    {
        Phrases.Figure(value, qualifier).ShouldBe(expected);
    }

    [Theory]
    [InlineData(0, "no attacks")]
    [InlineData(1, "one attack")]
    [InlineData(7, "seven attacks")]
    [InlineData(1200, "1,200 attacks")]
    public void Counts_use_words_up_to_ten_and_digits_beyond(int value, string expected)
    {
        Phrases.Count(value, "attack").ShouldBe(expected);
    }

    [Fact]
    public void Outcomes_agree_with_the_number_of_weapons()
    {
        Phrases.Outcome(Outcome.Hit, plural: true).ShouldBe("hit their targets");
        Phrases.Outcome(Outcome.Hit, plural: false).ShouldBe("hit its target");
        Phrases.Outcome(Outcome.Intercepted, plural: false).ShouldBe("was thwarted");
        Phrases.Outcome(Outcome.Intercepted, plural: true).ShouldBe("were thwarted");
    }

    [Fact]
    public void Times_read_at_the_precision_the_report_gives()
    {
        Phrases.When(Evening, TimePrecision.Hour).ShouldBe("on 26 October 2023 around 19:00 UTC+3");
        Phrases.When(Evening, TimePrecision.Day).ShouldBe("on 26 October 2023");
        Phrases.When(Evening, TimePrecision.Week).ShouldBe("in the week of 26 October 2023");
        Phrases.When(Evening, TimePrecision.Month).ShouldBe("in October 2023");
        Phrases.When(null, TimePrecision.Day).ShouldBe("at an unknown time");
    }

    [Fact]
    public void Relative_times_say_how_long_after_or_before_in_words()
    {
        Phrases.Relative(Evening.AddDays(2), Evening, "the claim").ShouldBe("two days after the claim");
        Phrases.Relative(Evening.AddHours(-3), Evening, "the claim").ShouldBe("three hours before the claim");
        Phrases.Relative(Evening.AddMinutes(20), Evening, "the claim").ShouldBeEmpty();
        Phrases.Relative(null, Evening, "the claim").ShouldBeEmpty();
    }

    [Fact]
    public void Casualties_name_nobody_rather_than_zero()
    {
        Phrases.Casualties(new Casualties(Killed: 0, Injured: 0)).ShouldBe("nobody killed and nobody injured");
        Phrases.Casualties(new Casualties(Killed: 24, Qualifier: Qualifier.AtLeast)).ShouldBe("at least 24 killed");
        Phrases.Casualties(new Casualties()).ShouldBe("no casualty figure");
    }
}
