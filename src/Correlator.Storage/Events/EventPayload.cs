using System.Text;

namespace Correlator.Storage;

/// <summary>
/// An event's JSON, held in the form it came in: the text a log read gave, UTF-8, or (from the publisher) a way to
/// serialise it, which the writer runs straight into a buffer of its own. The other forms are made only when asked
/// for. As strings, the publisher's events were the largest allocation of a post (a tally event carries its whole
/// series), encoded once by the serialiser and once more by the writer. Equal when the JSON text is.
/// </summary>
public sealed class EventPayload : IEquatable<EventPayload>
{
    private readonly Action<Stream>? serialise;
    // Filled lazily from each other; a race only computes the same value twice.
    private string? text;
    private byte[]? utf8;

    private EventPayload(string? text, byte[]? utf8, Action<Stream>? serialise)
    {
        this.text = text;
        this.utf8 = utf8;
        this.serialise = serialise;
    }

    public static EventPayload FromText(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), null, null);

    /// <param name="utf8">Taken as it is, not copied: the caller hands it over.</param>
    public static EventPayload FromUtf8(byte[] utf8) => new(null, utf8 ?? throw new ArgumentNullException(nameof(utf8)), null);

    /// <param name="serialise">Writes the JSON as UTF-8 to the stream given; must write the same bytes every time.</param>
    public static EventPayload Serialised(Action<Stream> serialise) => new(null, null, serialise ?? throw new ArgumentNullException(nameof(serialise)));

    // Text for a reader that wants only text (a PostgreSQL append) is decoded from the serialiser's buffer: no UTF-8
    // array is kept beside it.
    public string Text => text ??= utf8 is null && serialise is not null ? Encoding.UTF8.GetString(Run(serialise)) : Encoding.UTF8.GetString(Utf8.Span);

    public ReadOnlyMemory<byte> Utf8 => utf8 ??= text is not null ? Encoding.UTF8.GetBytes(text) : Run(serialise!).ToArray();

    /// <summary>Whether the text is at hand, so a reader that can take either need not make UTF-8 from it.</summary>
    public bool HoldsText => text is not null;

    /// <summary>Writes the JSON as UTF-8 to <paramref name="destination"/>; serialised there when that is the form held, and not kept.</summary>
    public void WriteUtf8(Stream destination)
    {
        if (utf8 is null && serialise is not null)
        {
            serialise(destination);
            return;
        }
        destination.Write(Utf8.Span);
    }

    public bool Equals(EventPayload? other) =>
        other is not null && (ReferenceEquals(this, other) || (HoldsText && other.HoldsText ? Text == other.Text : Utf8.Span.SequenceEqual(other.Utf8.Span)));

    public override bool Equals(object? obj) => Equals(obj as EventPayload);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Text;

    private static ArraySegment<byte> Run(Action<Stream> serialise)
    {
        var buffer = new MemoryStream();
        serialise(buffer);
        return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
