using System.Text.Json;
using Correlator.Domain.Entities;
using Correlator.Domain.Reports;
using Correlator.Domain.Tests.Intake;
using Correlator.Grains.Bases;
using Correlator.Grains.Routing;
using Correlator.Grains.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Correlator.Grains.Tests.Properties;

/// <summary>A base grain finds its discrepancies again when read; what it answers must be what it answered when it kept them.</summary>
public sealed class DiscrepancyTextProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(200);

    [Fact]
    public void Discrepancies_found_again_when_read_equal_the_ones_kept_when_found_even_after_the_gazetteer_changes()
    {
        Check.One(Runs, Prop.ForAll(ReportUniverse.WithSeed, sample =>
        {
            var random = new Random(sample.Seed);
            var cut = random.Next(0, sample.Reports.Length + 1);
            var entities = new EntityDirectory(SeedFiles.Gazetteer);
            var source = new LogReportSource(sample.Reports[..cut], SeedFiles.Gazetteer);
            foreach (var key in ReportUniverse.Bases)
            {
                var grain = new BaseGrain(key, source, entities);
                grain.OnActivateAsync(CancellationToken.None).GetAwaiter().GetResult();
                var kept = new KeptDiscrepancies();
                kept.Activate(sample.Reports[..cut].Where(r => r.Base == key), entities.Current);
                // Renamed before anything is read: what activation found keeps the names of its own gazetteer.
                Rename(entities, random);

                Json(grain.Apply([]).Discrepancies).ShouldBe(Json(kept.All()));
                foreach (var batch in ReportUniverse.Batches(sample.Reports[cut..].Where(r => r.Base == key).ToList(), random))
                {
                    var update = grain.Apply(batch);
                    var (updated, removed) = kept.Apply(batch, entities.Current);
                    Json(update.Discrepancies).ShouldBe(Json(updated));
                    update.Removed.ShouldBe(removed);
                    Rename(entities, random);
                }

                Json(grain.Snapshot().Discrepancies).ShouldBe(Json(kept.All()));
                Json(grain.State().Discrepancies).ShouldBe(Json(kept.All()));
                grain.Summary().OpenDiscrepancies.ShouldBe(kept.All().Count);
            }
        }));
    }

    [Fact]
    public void A_summary_read_before_the_first_update_counts_what_the_update_then_hands_over()
    {
        Check.One(Runs, Prop.ForAll(ReportUniverse.WithSeed, sample =>
        {
            var entities = new EntityDirectory(SeedFiles.Gazetteer);
            var grain = new BaseGrain(ReportUniverse.Bases[0], new LogReportSource(sample.Reports, SeedFiles.Gazetteer), entities);
            grain.OnActivateAsync(CancellationToken.None).GetAwaiter().GetResult();

            var open = grain.Summary().OpenDiscrepancies;

            grain.Apply([]).Discrepancies.Count.ShouldBe(open);
        }));
    }

    /// <summary>Now and then a base or a group gets a new name, or a group leaves its umbrella, as an operator's edit would do.</summary>
    private static void Rename(EntityDirectory entities, Random random)
    {
        var gazetteer = entities.Current;
        var suffix = $" ({random.Next(1000)})";
        switch (random.Next(4))
        {
            case 0:
                var place = gazetteer.FindBase(ReportUniverse.Bases[random.Next(ReportUniverse.Bases.Length)])!;
                entities.Replace(gazetteer.WithBase(place with { Name = place.Name + suffix }));
                break;
            case 1:
                var group = gazetteer.FindGroup(ReportUniverse.Groups[random.Next(ReportUniverse.Groups.Length)])!;
                entities.Replace(gazetteer.WithGroup(group with { Name = group.Name + suffix }));
                break;
            case 2:
                var member = gazetteer.FindGroup(ReportUniverse.Groups[1])!;
                entities.Replace(gazetteer.WithGroup(member with { Umbrella = member.Umbrella is null ? ReportUniverse.Groups[0] : null }));
                break;
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ReportJson.Options);
}
