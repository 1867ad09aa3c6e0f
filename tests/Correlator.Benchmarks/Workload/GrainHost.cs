using Correlator.Grains;
using Correlator.Grains.Bases;
using Correlator.Grains.Groups;
using Correlator.Grains.Regions;
using Correlator.Grains.Routing;
using Correlator.Runtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace Correlator.Benchmarks.Workload;

/// <summary>The grains on the in-process runtime, wired as the server wires them, over any report source.</summary>
public sealed class GrainHost(IReportSource source, EntityDirectory entities) : IAsyncDisposable
{
    public GrainRuntime Runtime { get; } = new(
        (type, key) => type == typeof(BaseGrain) ? new BaseGrain(key, source, entities)
            : type == typeof(RegionGrain) ? new RegionGrain(key, source, entities)
            : type == typeof(GroupGrain) ? new GroupGrain(key, source)
            : throw new ArgumentException($"No such grain type: {type.Name}"),
        new GrainRuntimeOptions { IdleTimeout = TimeSpan.FromHours(1) },
        TimeProvider.System,
        NullLogger<GrainRuntime>.Instance);

    /// <summary>Activates the grain of a scope ("base:harir") and answers its update, as the server does on start.</summary>
    public Task<GrainUpdate?> ActivateAsync(string scope)
    {
        var colon = scope.IndexOf(':');
        var (kind, key) = (scope[..colon], scope[(colon + 1)..]);
        return kind switch
        {
            GrainScope.BaseKind => Runtime.Get<BaseGrain>(key).CallAsync(static g => (GrainUpdate?)g.Apply([])),
            GrainScope.RegionKind => Runtime.Get<RegionGrain>(key).CallAsync(static g => (GrainUpdate?)g.Apply([])),
            _ => Runtime.Get<GroupGrain>(key).CallAsync(static g =>
            {
                g.Apply([]);
                return (GrainUpdate?)null;
            }),
        };
    }

    public ValueTask DisposeAsync() => Runtime.DisposeAsync();
}
