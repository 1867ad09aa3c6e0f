namespace Correlator.Domain.Reconciliation;

/// <summary>Which side an account of an attack comes from; accounts from different camps are what we compare.</summary>
public enum Camp
{
    Claimant,
    Official,
    Media,
    Attributor,
}
