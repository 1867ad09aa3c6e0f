namespace Correlator.Domain.Reports;

/// <summary>What the attack did, as the report tells it.</summary>
public enum Outcome
{
    Unknown,
    Hit,
    Damage,
    Intercepted,
    NoDamage,
}
