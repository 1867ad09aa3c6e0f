using Correlator.Runtime.Tests.Grains;

namespace Correlator.Runtime.Tests;

/// <summary>Every CallAsync overload delivers its call and answers when the grain method is done.</summary>
public sealed class CallShapeTests
{
    [Fact]
    public async Task Void_methods_are_answered_once_they_ran()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();
        var tally = runtime.Get<TallyGrain>("harir");

        await tally.CallAsync(grain => { grain.Add(2); });
        await tally.CallAsync(3, static (grain, amount) => { grain.Add(amount); });

        (await tally.CallAsync(grain => grain.Total())).ShouldBe(5);
    }

    [Fact]
    public async Task Task_methods_hold_the_turn_and_are_answered_when_they_end()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();
        var probe = runtime.Get<TurnProbeGrain>("harir");
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        Task withoutArg = probe.CallAsync(grain => (Task)grain.ServeAsync(1, () => release.Task));
        var withArg = probe.CallAsync(2, static (grain, message) => (Task)grain.ServeAsync(message, () => Task.CompletedTask));
        var withResult = probe.CallAsync(3, static (grain, message) => grain.ServeAsync(message, () => Task.CompletedTask));
        await Task.Delay(50);

        withoutArg.IsCompleted.ShouldBeFalse();
        withArg.IsCompleted.ShouldBeFalse();
        release.SetResult();
        await Task.WhenAll(withoutArg, withArg).WaitAsync(TestGrains.Patience);
        (await withResult).ShouldBe(3);
        (await probe.CallAsync(grain => grain.Snapshot())).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public async Task Task_methods_that_throw_before_returning_a_task_fault_the_caller()
    {
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();
        var probe = runtime.Get<TurnProbeGrain>("harir");

        var failing = probe.CallAsync(Task<int> (_) => throw new ArgumentException("no such base"));
        var failingPlain = probe.CallAsync(Task (_) => throw new ArgumentException("no such group"));

        (await Should.ThrowAsync<ArgumentException>(failing)).Message.ShouldBe("no such base");
        (await Should.ThrowAsync<ArgumentException>(failingPlain)).Message.ShouldBe("no such group");
    }

    [Fact]
    public async Task A_default_reference_refuses_calls()
    {
        var reference = default(GrainRef<TallyGrain>);

        await Should.ThrowAsync<InvalidOperationException>(() => reference.CallAsync(tally => tally.Total()));
    }
}
