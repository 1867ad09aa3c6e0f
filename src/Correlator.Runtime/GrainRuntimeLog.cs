using Microsoft.Extensions.Logging;

namespace Correlator.Runtime;

internal static partial class GrainRuntimeLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Activated grain {GrainType}/{GrainKey}")]
    public static partial void Activated(this ILogger logger, string grainType, string grainKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activation of grain {GrainType}/{GrainKey} failed; its waiting calls are faulted")]
    public static partial void ActivationFailed(this ILogger logger, Exception exception, string grainType, string grainKey);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deactivated grain {GrainType}/{GrainKey}")]
    public static partial void Deactivated(this ILogger logger, string grainType, string grainKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deactivation of grain {GrainType}/{GrainKey} failed; the instance is dropped anyway")]
    public static partial void DeactivationFailed(this ILogger logger, Exception exception, string grainType, string grainKey);
}
