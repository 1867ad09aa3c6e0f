namespace Correlator.Storage;

public enum AppendOutcome
{
    /// <summary>New id: stored under a new sequence.</summary>
    Appended,

    /// <summary>The id is stored already with the same content hash: nothing written, answered as before.</summary>
    Duplicate,

    /// <summary>The id is stored already with other content: nothing written, the stored report stands.</summary>
    Conflict,
}
