using System.Text.Json;
using Correlator.Domain.Reports;
using Correlator.Domain.Tests.Intake;
using Correlator.Grains.Bases;
using Correlator.Grains.Routing;
using Correlator.Grains.Tests.Support;
using Correlator.Runtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace Correlator.Grains.Tests.Runtime;

public sealed class BaseGrainActivationTests
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task A_base_grain_collected_for_idleness_comes_back_from_the_log_with_the_same_state()
    {
        var clock = new SteppedClock();
        var activations = 0;
        var source = new LogReportSource(SeedFiles.Reports, SeedFiles.Gazetteer);
        await using var runtime = Runtime(clock, key =>
        {
            Interlocked.Increment(ref activations);
            return new BaseGrain(key, source, new EntityDirectory(SeedFiles.Gazetteer));
        });
        var erbil = runtime.Get<BaseGrain>("erbil-air-base");

        var before = await erbil.CallAsync(g => Serialize(g.State()));
        await CollectUntilIdleAsync(runtime, clock);
        runtime.ActiveKeys<BaseGrain>().ShouldBeEmpty();
        var after = await erbil.CallAsync(g => Serialize(g.State()));

        activations.ShouldBe(2);
        after.ShouldBe(before);
        before.ShouldContain("outcomeConflict:erbil-air-base:");
    }

    [Fact]
    public async Task A_base_grain_that_keeps_receiving_reports_is_not_collected()
    {
        var clock = new SteppedClock();
        var source = new LogReportSource([], SeedFiles.Gazetteer);
        await using var runtime = Runtime(clock, key => new BaseGrain(key, source, new EntityDirectory(SeedFiles.Gazetteer)));
        var erbil = runtime.Get<BaseGrain>("erbil-air-base");

        await erbil.CallAsync(SeedFiles.Reports.Where(r => r.Base == "erbil-air-base").ToList(), static (g, r) => g.Apply(r));
        clock.Advance(IdleTimeout / 2);
        await runtime.CollectIdleAsync();

        runtime.ActiveKeys<BaseGrain>().ShouldBe(["erbil-air-base"]);
    }

    [Fact]
    public async Task Different_bases_activate_in_parallel()
    {
        var source = new RendezvousReportSource(2, new LogReportSource(SeedFiles.Reports, SeedFiles.Gazetteer));
        await using var runtime = Runtime(TimeProvider.System, key => new BaseGrain(key, source, new EntityDirectory(SeedFiles.Gazetteer)));

        // Each activation waits for the other to begin reading the log: served one at a time, neither would finish.
        var summaries = await Task.WhenAll(
            runtime.Get<BaseGrain>("erbil-air-base").CallAsync(g => g.Summary()),
            runtime.Get<BaseGrain>("ain-al-asad").CallAsync(g => g.Summary()));

        summaries.Select(s => s.Id).ShouldBe(["erbil-air-base", "ain-al-asad"]);
        summaries.ShouldAllBe(s => s.Incidents > 0);
    }

    [Fact]
    public async Task Reports_applied_through_the_runtime_give_the_state_of_a_grain_built_from_the_log()
    {
        var clock = new SteppedClock();
        var erbilReports = SeedFiles.Reports.Where(r => r.Base == "erbil-air-base").ToList();
        var empty = new LogReportSource([], SeedFiles.Gazetteer);
        await using var runtime = Runtime(clock, key => new BaseGrain(key, empty, new EntityDirectory(SeedFiles.Gazetteer)));
        var erbil = runtime.Get<BaseGrain>("erbil-air-base");

        await Task.WhenAll(erbilReports.Select(report => erbil.CallAsync(report, static (g, r) => g.Apply([r]))));
        var applied = await erbil.CallAsync(g => Serialize(g.State()));

        var fromLog = new BaseGrain("erbil-air-base", new LogReportSource(erbilReports, SeedFiles.Gazetteer), new EntityDirectory(SeedFiles.Gazetteer));
        await fromLog.OnActivateAsync(CancellationToken.None);
        applied.ShouldBe(Serialize(fromLog.State()));
    }

    private static GrainRuntime Runtime(TimeProvider clock, Func<string, IGrain> create) =>
        new((type, key) => type == typeof(BaseGrain) ? create(key) : throw new InvalidOperationException($"No {type.Name} here."),
            new GrainRuntimeOptions { IdleTimeout = IdleTimeout, CollectionInterval = TimeSpan.FromHours(1) },
            clock,
            NullLogger<GrainRuntime>.Instance);

    private static async Task CollectUntilIdleAsync(GrainRuntime runtime, SteppedClock clock)
    {
        // The mailbox marks itself idle just after answering the last call, so a collection can come a moment too early.
        for (var attempt = 0; attempt < 100 && runtime.ActiveKeys<BaseGrain>().Count > 0; attempt++)
        {
            clock.Advance(IdleTimeout + TimeSpan.FromMinutes(1));
            await runtime.CollectIdleAsync();
            await Task.Yield();
        }
    }

    private static string Serialize(BaseState state) => JsonSerializer.Serialize(state, ReportJson.Options);
}
