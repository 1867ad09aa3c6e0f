using Correlator.Server.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Correlator.Server.Tests.Live;

/// <summary>A server that coalesces live events whatever its number of subscribers, on a clock the test moves.</summary>
public sealed class CoalescingServer : CorrelatorServer
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override IEnumerable<string> Settings =>
        ["--Correlator:Live:CoalesceAbove=0", $"--Correlator:Live:CoalesceWindow={Window}"];

    protected override void AddServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
