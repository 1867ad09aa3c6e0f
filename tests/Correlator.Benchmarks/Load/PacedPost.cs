namespace Correlator.Benchmarks.Load;

/// <summary>A body for <see cref="PacedPoster"/> to post, and the probe it carries (stamped when it is sent), if any.</summary>
public readonly record struct PacedPost(byte[] Body, int? Probe);
