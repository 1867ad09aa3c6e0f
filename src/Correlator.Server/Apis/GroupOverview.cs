namespace Correlator.Server.Apis;

public sealed record GroupOverview(string Id, string Name, string NameAr, string? Umbrella, int Claims, int Attributions);
