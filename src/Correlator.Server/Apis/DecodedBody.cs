namespace Correlator.Server.Apis;

/// <summary>
/// A request body as it reads once decompressed: held to the server's body size limit, since a few kilobytes of gzip
/// can inflate to gigabytes, and with data that does not decompress refused as the client's fault (a 400 naming the
/// body) rather than surfacing as a server error.
/// </summary>
public sealed class DecodedBody(Stream decompressed, string coding, long? limit) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        try
        {
            return Count(decompressed.Read(buffer));
        }
        catch (InvalidDataException ex)
        {
            throw Undecodable(ex);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return Count(await decompressed.ReadAsync(buffer, cancellationToken));
        }
        catch (InvalidDataException ex)
        {
            throw Undecodable(ex);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            decompressed.Dispose();
        }
        base.Dispose(disposing);
    }

    private int Count(int bytes)
    {
        read += bytes;
        if (read > limit)
        {
            throw new BadHttpRequestException($"is larger than the server accepts once decompressed ({limit} bytes)", StatusCodes.Status413PayloadTooLarge);
        }
        return bytes;
    }

    private BadHttpRequestException Undecodable(InvalidDataException ex) =>
        new($"is not valid {coding} data", StatusCodes.Status400BadRequest, ex);
}
