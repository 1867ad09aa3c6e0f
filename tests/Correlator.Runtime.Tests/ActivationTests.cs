using Correlator.Runtime.Tests.Grains;
using Microsoft.Extensions.Logging.Abstractions;

namespace Correlator.Runtime.Tests;

public sealed class ActivationTests
{
    [Fact]
    public async Task First_call_activates_the_grain_before_its_message_runs()
    {
        var grains = new TestGrains();
        grains.Tallies.Totals["harir"] = 5;
        await using var runtime = grains.StartRuntime();

        var total = await runtime.Get<TallyGrain>("harir").CallAsync(tally => tally.Add(2));

        total.ShouldBe(7);
        runtime.ActivationCount.ShouldBe(1);
        grains.Tallies.Lifecycle.ShouldBe(["activate harir #1"]);
    }

    [Fact]
    public async Task Getting_a_reference_activates_nothing()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();

        var reference = runtime.Get<TallyGrain>("al-tanf");

        reference.Key.ShouldBe("al-tanf");
        grains.ActivatorCalls.ShouldBe(0);
        runtime.ActivationCount.ShouldBe(0);
    }

    [Fact]
    public async Task Concurrent_first_calls_make_exactly_one_activation()
    {
        const int callers = 64;
        var grains = new TestGrains();
        grains.Gates.Deactivation.SetResult();
        await using var runtime = grains.StartRuntime();
        var grain = runtime.Get<GatedGrain>("ain-al-asad");
        using var sent = new CountdownEvent(callers);

        var calls = Enumerable.Range(0, callers)
            .Select(_ => Task.Run(() =>
            {
                var call = grain.CallAsync(gated => gated.Which());
                sent.Signal();
                return call;
            }))
            .ToArray();
        sent.Wait(TestGrains.Patience).ShouldBeTrue();
        grains.Gates.Activation.SetResult();

        var instances = await Task.WhenAll(calls).WaitAsync(TestGrains.Patience);
        instances.ShouldAllBe(instance => instance == 1);
        grains.ActivatorCalls.ShouldBe(1);
        runtime.ActivationCount.ShouldBe(1);
    }

    [Fact]
    public async Task Failed_activation_faults_the_waiting_calls_and_the_next_call_tries_again()
    {
        var grains = new TestGrains();
        grains.Gates.FailNextActivations(1);
        grains.Gates.Deactivation.SetResult();
        await using var runtime = grains.StartRuntime();
        var grain = runtime.Get<GatedGrain>("al-tanf");

        var first = grain.CallAsync(gated => gated.Which());
        var second = grain.CallAsync(gated => gated.Which());
        grains.Gates.Activation.SetResult();

        (await Should.ThrowAsync<InvalidOperationException>(first.WaitAsync(TestGrains.Patience)))
            .Message.ShouldBe("storage unavailable");
        await Should.ThrowAsync<InvalidOperationException>(second.WaitAsync(TestGrains.Patience));
        runtime.ActivationCount.ShouldBe(0);
        runtime.ActiveKeys<GatedGrain>().ShouldBeEmpty();

        (await grain.CallAsync(gated => gated.Which()).WaitAsync(TestGrains.Patience)).ShouldBe(2);
        runtime.ActivationCount.ShouldBe(1);
    }

    [Fact]
    public async Task An_activator_that_returns_another_grain_type_fails_the_call()
    {
        var store = new TallyStore();
        await using var runtime = new GrainRuntime(
            (_, key) => new TallyGrain(key, store),
            TestGrains.Options,
            TimeProvider.System,
            NullLogger<GrainRuntime>.Instance);

        var call = runtime.Get<TurnProbeGrain>("harir").CallAsync(probe => probe.Snapshot());

        (await Should.ThrowAsync<InvalidOperationException>(call.WaitAsync(TestGrains.Patience)))
            .Message.ShouldContain("TallyGrain");
        runtime.ActivationCount.ShouldBe(0);
    }

    [Fact]
    public async Task ActiveKeys_lists_the_live_grains_of_one_type_in_order()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();

        await runtime.Get<TallyGrain>("harir").CallAsync(tally => tally.Add(1));
        await runtime.Get<TallyGrain>("al-tanf").CallAsync(tally => tally.Add(1));
        await runtime.Get<TurnProbeGrain>("erbil").CallAsync(probe => probe.Snapshot());

        runtime.ActiveKeys<TallyGrain>().ShouldBe(["al-tanf", "harir"]);
        runtime.ActiveKeys<TurnProbeGrain>().ShouldBe(["erbil"]);
        runtime.ActiveKeys<RelayGrain>().ShouldBeEmpty();
        runtime.ActivationCount.ShouldBe(3);
    }
}
