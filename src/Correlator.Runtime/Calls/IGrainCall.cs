namespace Correlator.Runtime.Calls;

/// <summary>One message to a grain, answered through the caller's task.</summary>
internal interface IGrainCall
{
    /// <summary>
    /// Runs the call on the grain and answers the caller when it finishes synchronously.
    /// Returns the work still running (which keeps the turn until it completes and never faults), or null.
    /// </summary>
    Task? Start(IGrain grain);

    /// <summary>Answers the caller without running the call (the grain could not be activated).</summary>
    void Fail(Exception exception);
}
