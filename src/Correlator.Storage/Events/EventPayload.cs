using System.Text;

namespace Correlator.Storage;

/// <summary>
/// An event's JSON, held in the form it came in: the UTF-8 the publisher serialised it to, or the text a log read
/// gave. The other form is made only when asked for. The publisher's events are written as UTF-8, which is what the
/// log stores, so under ingest no string is built for them at all: as strings they were the largest allocation of a
/// post (a tally event carries its whole series), encoded once by the serialiser and once more by the writer.
/// Equal when the JSON text is.
/// </summary>
public sealed class EventPayload : IEquatable<EventPayload>
{
    // Filled lazily from each other; a race only computes the same value twice.
    private string? text;
    private byte[]? utf8;

    private EventPayload(string? text, byte[]? utf8)
    {
        this.text = text;
        this.utf8 = utf8;
    }

    public static EventPayload FromText(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), null);

    /// <param name="utf8">Taken as it is, not copied: the caller hands it over.</param>
    public static EventPayload FromUtf8(byte[] utf8) => new(null, utf8 ?? throw new ArgumentNullException(nameof(utf8)));

    public string Text => text ??= Encoding.UTF8.GetString(utf8!);

    public ReadOnlySpan<byte> Utf8 => utf8 ??= Encoding.UTF8.GetBytes(text!);

    /// <summary>The UTF-8 when that is the form held, so a reader can take it without making the text.</summary>
    public bool TryGetUtf8(out ReadOnlyMemory<byte> held)
    {
        held = utf8;
        return utf8 is not null;
    }

    public bool Equals(EventPayload? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (utf8 is not null && other.utf8 is not null ? utf8.AsSpan().SequenceEqual(other.utf8) : Text == other.Text));

    public override bool Equals(object? obj) => Equals(obj as EventPayload);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Text;
}
