using Correlator.Runtime.Tests.Grains;

namespace Correlator.Runtime.Tests;

public sealed class ShutdownTests
{
    [Fact]
    public async Task DeactivateAllAsync_serves_queued_messages_then_deactivates_every_grain()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();
        string[] bases = ["harir", "al-tanf", "ain-al-asad"];
        var calls = bases.SelectMany(key => Enumerable.Range(0, 100)
            .Select(_ => runtime.Get<TallyGrain>(key).CallAsync(grain => grain.Add(1))))
            .ToArray();

        await runtime.DeactivateAllAsync().WaitAsync(TestGrains.Patience);

        calls.ShouldAllBe(call => call.IsCompletedSuccessfully);
        runtime.ActivationCount.ShouldBe(0);
        bases.ShouldAllBe(key => grains.Tallies.Totals[key] == 100);
        grains.Tallies.Lifecycle.Count(entry => entry.StartsWith("deactivate", StringComparison.Ordinal)).ShouldBe(3);
    }

    [Fact]
    public async Task DeactivateAllAsync_waits_for_a_message_still_running()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = runtime.Get<TurnProbeGrain>("harir").CallAsync(grain => grain.ServeAsync(1, async () =>
        {
            entered.SetResult();
            await release.Task;
        }));
        await entered.Task.WaitAsync(TestGrains.Patience);

        var shutdown = runtime.DeactivateAllAsync();
        await Task.Delay(50);

        shutdown.IsCompleted.ShouldBeFalse();
        runtime.ActivationCount.ShouldBe(1);
        release.SetResult();
        await shutdown.WaitAsync(TestGrains.Patience);
        running.IsCompletedSuccessfully.ShouldBeTrue();
        runtime.ActivationCount.ShouldBe(0);
    }

    [Fact]
    public async Task DeactivateAllAsync_also_deactivates_grains_reactivated_by_draining_grains()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();
        var relays = Enumerable.Range(0, 4).Select(relay => runtime.Get<RelayGrain>($"relay-{relay}")).ToArray();
        var calls = relays.SelectMany(relay => Enumerable.Range(0, 100)
            .Select(_ => relay.CallAsync(grain => grain.RelayAsync("harir", 1))))
            .ToArray();

        await runtime.DeactivateAllAsync().WaitAsync(TestGrains.Patience);

        calls.ShouldAllBe(call => call.IsCompletedSuccessfully);
        grains.Tallies.Totals["harir"].ShouldBe(400);
        runtime.ActivationCount.ShouldBe(0);
    }

    [Fact]
    public async Task Disposing_the_runtime_stops_the_collection_timer()
    {
        var grains = new TestGrains();
        var runtime = grains.StartRuntime();
        await runtime.Get<TallyGrain>("harir").CallAsync(grain => grain.Add(1));
        await runtime.DisposeAsync();

        await runtime.Get<TallyGrain>("harir").CallAsync(grain => grain.Add(1));
        grains.Clock.Advance(TimeSpan.FromDays(1));
        await runtime.CollectIdleAsync();
        grains.Clock.Advance(TimeSpan.FromDays(1));

        runtime.ActivationCount.ShouldBe(0);
    }
}
