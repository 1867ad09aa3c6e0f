namespace Correlator.Server.Tests.Hosting;

/// <summary>A server whose log starts empty and stays so until a test posts: no seed reports to reckon with.</summary>
public sealed class UnseededServer() : CorrelatorServer(loadSeeds: false);
