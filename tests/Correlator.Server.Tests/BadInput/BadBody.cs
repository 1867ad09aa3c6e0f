namespace Correlator.Server.Tests.BadInput;

/// <summary>A body an operator (or an attacker) might post, and the field the problem document must name.</summary>
public sealed record BadBody(string Name, byte[] Bytes, string Field);
