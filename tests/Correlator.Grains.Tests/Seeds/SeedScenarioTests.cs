using Correlator.Domain.Reconciliation;
using Correlator.Domain.Tests.Intake;
using Correlator.Grains.Tests.Support;

namespace Correlator.Grains.Tests.Seeds;

/// <summary>What a newcomer sees once seeds/reports.json is loaded.</summary>
public sealed class SeedScenarioTests
{
    private static readonly string[] SeedBases = SeedFiles.Reports.Select(r => r.Base).OfType<string>().Distinct().ToArray();
    private static readonly string[] SeedGroups = SeedFiles.Reports.Select(r => r.Group).OfType<string>().Distinct().ToArray();

    [Fact]
    public async Task The_base_near_erbil_airport_shows_the_outcome_conflict_of_26_October()
    {
        var grains = await GrainSet.ActivateAsync(SeedFiles.Reports, SeedFiles.Gazetteer, SeedBases, SeedGroups);

        var conflict = grains.Bases["erbil-air-base"].State().Discrepancies.Single(d => d.Kind == DiscrepancyKind.OutcomeConflict);
        conflict.Summary.ShouldContain("two drones hit their targets at Erbil Air Base on 26 October 2023");
        conflict.Summary.ShouldContain("the attack was thwarted");
        conflict.Reports.Select(e => e.Id).ShouldBe(["seed-001-erbil-claim-2023-10-26", "seed-001-erbil-dod-thwarted-2023-10-26"]);
    }

    [Fact]
    public async Task The_theatre_wide_series_shows_the_gap_to_what_is_logged_and_the_casualty_conflict()
    {
        var grains = await GrainSet.ActivateAsync(SeedFiles.Reports, SeedFiles.Gazetteer, SeedBases, SeedGroups);

        var all = grains.Regions["all"].State();
        var kinds = all.Discrepancies.Select(d => d.Kind).ToList();
        kinds.ShouldContain(DiscrepancyKind.TallyGap);
        kinds.ShouldContain(DiscrepancyKind.ClaimTallyGap);
        var casualties = all.Discrepancies.Single(d => d.Kind == DiscrepancyKind.CasualtyConflict);
        casualties.Reports.Select(e => e.Id).ShouldBe(["seed-000-killed-24-nbc-centcom-2023-10-24", "seed-003-killed-0-us-since-mid-october"]);
        casualties.Summary.ShouldContain("at least 24");
        all.Series.Single(s => s.Metric == Domain.Reports.TallyMetric.Attacks).Estimate.Best.ShouldBe(92);
    }

    [Fact]
    public async Task Feeding_the_seeds_one_by_one_gives_the_state_of_loading_them_from_the_log()
    {
        var fromLog = await GrainSet.ActivateAsync(SeedFiles.Reports, SeedFiles.Gazetteer, SeedBases, SeedGroups);
        var fed = await GrainSet.ActivateAsync([], SeedFiles.Gazetteer, SeedBases, SeedGroups);
        foreach (var report in SeedFiles.Reports.Reverse())
        {
            fed.Apply([report]);
        }

        fed.Canonical().ShouldBe(fromLog.Canonical());
    }
}
