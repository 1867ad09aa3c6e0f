namespace Correlator.Runtime.Calls;

/// <summary>One message to a grain, answered through the caller's task.</summary>
internal interface IGrainCall
{
    /// <summary>
    /// Runs the call on the grain. Answers the caller if the grain finished synchronously and returns null;
    /// otherwise returns the grain's unfinished work, which keeps the turn and is answered by <see cref="Finish"/>.
    /// </summary>
    Task? Start(IGrain grain);

    /// <summary>Answers the caller from the completed work that <see cref="Start"/> returned.</summary>
    void Finish(Task work);

    /// <summary>Answers the caller without running the call (the grain could not be activated).</summary>
    void Fail(Exception exception);
}
