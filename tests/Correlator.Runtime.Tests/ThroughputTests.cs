using System.Diagnostics;
using Correlator.Runtime.Tests.Grains;
using Xunit.Abstractions;

namespace Correlator.Runtime.Tests;

/// <summary>Prints rough in-process figures; the asserts only check that no message went missing.</summary>
public sealed class ThroughputTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Many_synchronous_messages_to_many_grains_are_all_counted()
    {
        const int grainCount = 64;
        const int producers = 4;
        const int batch = 1_024;
        const int messagesPerProducer = 256 * batch;
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();
        var tallies = Enumerable.Range(0, grainCount).Select(index => runtime.Get<TallyGrain>($"base-{index}")).ToArray();
        await Task.WhenAll(tallies.Select(tally => tally.CallAsync(grain => grain.Total())));

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, producers).Select(producer => Task.Run(async () =>
        {
            var pending = new Task<int>[batch];
            for (var message = 0; message < messagesPerProducer; message += batch)
            {
                for (var index = 0; index < batch; index++)
                {
                    pending[index] = tallies[index % grainCount].CallAsync(1, static (tally, amount) => tally.Add(amount));
                }

                await Task.WhenAll(pending);
            }
        })));
        clock.Stop();

        var total = producers * messagesPerProducer;
        output.WriteLine($"{total:N0} messages to {grainCount} grains in {clock.Elapsed.TotalMilliseconds:N0} ms: {total / clock.Elapsed.TotalSeconds:N0} messages/s");
        grains.Tallies.Totals.Values.Sum().ShouldBe(total);
    }

    [Fact]
    public async Task Many_messages_to_one_grain_without_waiting_are_all_counted()
    {
        const int messages = 500_000;
        var grains = new TestGrains();
        await using var runtime = grains.StartRuntime();
        var tally = runtime.Get<TallyGrain>("harir");
        await tally.CallAsync(grain => grain.Total());

        var clock = Stopwatch.StartNew();
        Task<int>? last = null;
        for (var message = 0; message < messages; message++)
        {
            last = tally.CallAsync(1, static (grain, amount) => grain.Add(amount));
        }

        var final = await last!;
        clock.Stop();

        output.WriteLine($"{messages:N0} fire-and-collect messages to one grain in {clock.Elapsed.TotalMilliseconds:N0} ms: {messages / clock.Elapsed.TotalSeconds:N0} messages/s");
        final.ShouldBe(messages);
    }
}
