using Correlator.Runtime.Tests.Grains;

namespace Correlator.Runtime.Tests;

public sealed class IdleDeactivationTests
{
    private static readonly TimeSpan PastIdleTimeout = TestGrains.Options.IdleTimeout + TimeSpan.FromMinutes(1);

    [Fact]
    public async Task An_idle_grain_is_deactivated_and_a_later_call_rebuilds_a_fresh_instance()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime(TestGrains.ManualCollection);
        var tally = runtime.Get<TallyGrain>("harir");
        await tally.CallAsync(grain => grain.Add(5));

        grains.Clock.Advance(PastIdleTimeout);
        await runtime.CollectIdleAsync();

        runtime.ActivationCount.ShouldBe(0);
        runtime.ActiveKeys<TallyGrain>().ShouldBeEmpty();
        (await tally.CallAsync(grain => grain.Add(2))).ShouldBe(7);
        grains.Tallies.Lifecycle.ShouldBe(["activate harir #1", "deactivate harir #1", "activate harir #2"]);
        runtime.ActivationCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_grain_used_within_the_idle_timeout_survives_collection()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime(TestGrains.ManualCollection);
        var tally = runtime.Get<TallyGrain>("harir");
        await tally.CallAsync(grain => grain.Add(5));
        grains.Clock.Advance(TestGrains.Options.IdleTimeout - TimeSpan.FromMinutes(1));
        await tally.CallAsync(grain => grain.Add(1));

        grains.Clock.Advance(TimeSpan.FromMinutes(2));
        await runtime.CollectIdleAsync();

        runtime.ActivationCount.ShouldBe(1);
        grains.Tallies.Instances.ShouldBe(1);
    }

    [Fact]
    public async Task Only_the_idle_grains_are_collected()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime(TestGrains.ManualCollection);
        await runtime.Get<TallyGrain>("harir").CallAsync(grain => grain.Add(1));
        grains.Clock.Advance(PastIdleTimeout);
        await runtime.Get<TallyGrain>("al-tanf").CallAsync(grain => grain.Add(1));

        await runtime.CollectIdleAsync();

        runtime.ActiveKeys<TallyGrain>().ShouldBe(["al-tanf"]);
    }

    [Fact]
    public async Task The_collection_timer_deactivates_idle_grains()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();
        await runtime.Get<TallyGrain>("harir").CallAsync(grain => grain.Add(5));

        for (var minute = 0; minute < PastIdleTimeout.TotalMinutes; minute++)
        {
            grains.Clock.Advance(TestGrains.Options.CollectionInterval);
        }

        await grains.Tallies.FirstDeactivation.Task.WaitAsync(TestGrains.Patience);
        grains.Tallies.Lifecycle.ShouldBe(["activate harir #1", "deactivate harir #1"]);
    }

    [Fact]
    public async Task A_message_arriving_during_deactivation_goes_to_a_new_activation_after_it()
    {
        var grains = new TestGrains();
        grains.Gates.Activation.SetResult();
        await using var runtime = grains.StartRuntime(TestGrains.ManualCollection);
        var gated = runtime.Get<GatedGrain>("ain-al-asad");
        (await gated.CallAsync(grain => grain.Which())).ShouldBe(1);
        grains.Clock.Advance(PastIdleTimeout);

        var collection = runtime.CollectIdleAsync();
        await grains.Gates.DeactivationStarted.Task.WaitAsync(TestGrains.Patience);
        var during = gated.CallAsync(grain => grain.Which());
        during.IsCompleted.ShouldBeFalse();
        grains.Gates.Deactivation.SetResult();

        await collection.WaitAsync(TestGrains.Patience);
        (await during.WaitAsync(TestGrains.Patience)).ShouldBe(2);
        grains.Gates.Lifecycle.ShouldBe(["activate #1", "deactivating #1", "deactivated #1", "activate #2"]);
        runtime.ActivationCount.ShouldBe(1);
    }

    [Fact]
    public async Task Calls_racing_idle_collection_are_never_lost()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime(TestGrains.ManualCollection);
        var tally = runtime.Get<TallyGrain>("harir");

        for (var round = 1; round <= 300; round++)
        {
            await tally.CallAsync(grain => grain.Add(1));
            grains.Clock.Advance(PastIdleTimeout);
            var collection = Task.Run(runtime.CollectIdleAsync);
            var racing = Task.Run(() => tally.CallAsync(grain => grain.Add(1)));

            await Task.WhenAll(collection, racing).WaitAsync(TestGrains.Patience);
            grains.Tallies.Totals["harir"].ShouldBe(round * 2);
        }

        grains.Tallies.Instances.ShouldBeGreaterThan(1);
    }
}
