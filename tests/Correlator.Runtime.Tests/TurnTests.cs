using Correlator.Runtime.Tests.Grains;
using FsCheck;
using FsCheck.Fluent;

namespace Correlator.Runtime.Tests;

public sealed class TurnTests
{
    private static readonly Func<Task> Yield = static async () => await Task.Yield();

    [Fact]
    public void Messages_to_one_grain_run_in_arrival_order() =>
        Prop.ForAll<int[]>(messages =>
        {
            var grains = new TestGrains();
            var runtime = grains.StartRuntime();
            var probe = runtime.Get<TurnProbeGrain>("harir");

            var calls = messages.Select(message => probe.CallAsync(message, static (grain, message) => grain.ServeAsync(message, Yield))).ToArray();
            Task.WhenAll(calls).Wait(TestGrains.Patience).ShouldBeTrue();
            var served = probe.CallAsync(grain => grain.Snapshot()).GetAwaiter().GetResult();
            runtime.DisposeAsync().AsTask().GetAwaiter().GetResult();

            return served.SequenceEqual(messages);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public async Task Two_messages_to_one_grain_never_run_at_the_same_time()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();
        var probe = runtime.Get<TurnProbeGrain>("ain-al-asad");

        var producers = Enumerable.Range(0, 8)
            .Select(producer => Task.Run(() => Task.WhenAll(Enumerable.Range(0, 200)
                .Select(message => probe.CallAsync(grain => grain.ServeAsync(producer * 1000 + message, Yield))))))
            .ToArray();
        await Task.WhenAll(producers).WaitAsync(TestGrains.Patience);

        (await probe.CallAsync(grain => grain.MostInsideAtOnce)).ShouldBe(1);
        (await probe.CallAsync(grain => grain.Snapshot())).Count.ShouldBe(1600);
    }

    [Fact]
    public async Task A_message_that_awaits_holds_the_turn_until_it_finishes()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();
        var probe = runtime.Get<TurnProbeGrain>("harir");
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = probe.CallAsync(grain => grain.ServeAsync(1, async () =>
        {
            entered.SetResult();
            await release.Task;
        }));
        await entered.Task.WaitAsync(TestGrains.Patience);
        var second = probe.CallAsync(grain => grain.ServeAsync(2, () => Task.CompletedTask));
        // Room for a reentrant runtime to (wrongly) run the second message meanwhile.
        await Task.Delay(100);

        second.IsCompleted.ShouldBeFalse();
        release.SetResult();
        await Task.WhenAll(first, second).WaitAsync(TestGrains.Patience);
        (await probe.CallAsync(grain => grain.Snapshot())).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task Different_grains_run_in_parallel()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();
        using var barrier = new Barrier(2);

        var harir = runtime.Get<TurnProbeGrain>("harir").CallAsync(barrier, static (grain, barrier) => grain.MeetAt(barrier));
        var tanf = runtime.Get<TurnProbeGrain>("al-tanf").CallAsync(barrier, static (grain, barrier) => grain.MeetAt(barrier));

        (await Task.WhenAll(harir, tanf).WaitAsync(TestGrains.Patience)).ShouldBe([true, true]);
    }

    [Fact]
    public async Task A_grain_waiting_on_its_message_does_not_hold_up_other_grains()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();
        var harirEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tanfEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var harir = runtime.Get<TurnProbeGrain>("harir").CallAsync(grain => grain.ServeAsync(1, async () =>
        {
            harirEntered.SetResult();
            await tanfEntered.Task;
        }));
        var tanf = runtime.Get<TurnProbeGrain>("al-tanf").CallAsync(grain => grain.ServeAsync(2, async () =>
        {
            tanfEntered.SetResult();
            await harirEntered.Task;
        }));

        (await Task.WhenAll(harir, tanf).WaitAsync(TestGrains.Patience)).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task A_throwing_message_faults_its_caller_and_the_grain_keeps_its_state()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();
        var tally = runtime.Get<TallyGrain>("harir");
        await tally.CallAsync(grain => grain.Add(3));

        var failure = tally.CallAsync(grain => grain.Fail());
        var after = tally.CallAsync(grain => grain.Add(4));

        (await Should.ThrowAsync<InvalidOperationException>(failure)).Message.ShouldBe("tally harir refuses");
        (await after).ShouldBe(7);
        grains.Tallies.Instances.ShouldBe(1);
    }

    [Fact]
    public async Task A_message_that_fails_after_awaiting_faults_its_caller_and_the_next_message_runs()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();
        var probe = runtime.Get<TurnProbeGrain>("harir");

        var failure = probe.CallAsync(grain => grain.ServeAsync(1, async () =>
        {
            await Task.Yield();
            throw new TimeoutException("ministry did not answer");
        }));
        var cancelled = probe.CallAsync(grain => grain.ServeAsync(2, () => Task.FromCanceled(new CancellationToken(canceled: true))));
        var after = probe.CallAsync(grain => grain.ServeAsync(3, () => Task.CompletedTask));

        (await Should.ThrowAsync<TimeoutException>(failure)).Message.ShouldBe("ministry did not answer");
        await Should.ThrowAsync<OperationCanceledException>(cancelled);
        cancelled.IsCanceled.ShouldBeTrue();
        (await after).ShouldBe(3);
    }

    [Fact]
    public void Concurrent_callers_lose_no_message() =>
        Prop.ForAll<(byte Base, sbyte Amount)[]>(additions =>
        {
            var grains = new TestGrains();
            var runtime = grains.StartRuntime();

            var calls = additions
                .Select(addition => Task.Run(() => runtime.Get<TallyGrain>($"base-{addition.Base % 4}")
                    .CallAsync((int)addition.Amount, static (tally, amount) => tally.Add(amount))))
                .ToArray();
            Task.WhenAll(calls).Wait(TestGrains.Patience).ShouldBeTrue();
            runtime.DisposeAsync().AsTask().GetAwaiter().GetResult();

            var expected = additions.GroupBy(addition => $"base-{addition.Base % 4}")
                .ToDictionary(group => group.Key, group => group.Sum(addition => (int)addition.Amount));
            return expected.All(pair => grains.Tallies.Totals.GetValueOrDefault(pair.Key) == pair.Value);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public async Task A_grain_can_call_another_grain_and_await_its_answer()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();
        var relays = Enumerable.Range(0, 10).Select(relay => runtime.Get<RelayGrain>($"relay-{relay}")).ToArray();

        var calls = relays.SelectMany(relay => Enumerable.Range(0, 50)
            .Select(_ => relay.CallAsync(grain => grain.RelayAsync("harir", 1))))
            .ToArray();
        await Task.WhenAll(calls).WaitAsync(TestGrains.Patience);

        (await runtime.Get<TallyGrain>("harir").CallAsync(tally => tally.Total())).ShouldBe(500);
        (await relays[3].CallAsync(relay => relay.Relayed())).ShouldBe(50);
        calls.Max(call => call.Result).ShouldBe(500);
    }
}
