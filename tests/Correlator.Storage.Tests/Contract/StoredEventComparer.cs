namespace Correlator.Storage.Tests.Contract;

/// <summary>Compares events by value, topics included (records compare lists by reference).</summary>
public sealed class StoredEventComparer : IEqualityComparer<StoredEvent>
{
    public bool Equals(StoredEvent? x, StoredEvent? y) =>
        x is not null && y is not null
        && x.Sequence == y.Sequence && x.Type == y.Type && x.Key == y.Key && x.Payload == y.Payload
        && x.At == y.At && x.At.Offset == y.At.Offset && x.Topics.SequenceEqual(y.Topics);

    public int GetHashCode(StoredEvent obj) => HashCode.Combine(obj.Sequence, obj.Key);
}
