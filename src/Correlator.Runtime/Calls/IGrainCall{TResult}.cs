namespace Correlator.Runtime.Calls;

/// <summary>A call whose answer the caller awaits.</summary>
internal interface IGrainCall<TResult> : IGrainCall
{
    Task<TResult> Task { get; }
}
