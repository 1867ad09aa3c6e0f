namespace Correlator.Server.Apis;

public sealed record Health(string Status, long LastSequence, int Grains, int Subscribers);
