namespace Correlator.Domain.Tallies;

/// <summary>What Correlator itself has logged in a tally's window: incidents, those of them claimed, and casualties.</summary>
public sealed record LoggedCounts(int Incidents, int Claims, int Killed, int Injured);
