namespace Correlator.Storage;

/// <summary>An event append refused because this node no longer holds the leader lease.</summary>
public sealed class LeaseLostException : InvalidOperationException
{
    public LeaseLostException()
        : base("This node does not hold the leader lease, so it may not write events.")
    {
    }

    public LeaseLostException(Exception innerException)
        : base("The leader lease session failed, so this node no longer leads.", innerException)
    {
    }
}
