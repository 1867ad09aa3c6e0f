namespace Correlator.Domain.Reports;

/// <summary>What an aggregate counts; figures under different rules are not expected to agree.</summary>
public enum CountingRule
{
    /// <summary>Every attack the source knows of.</summary>
    AllAttacks,

    /// <summary>Only attacks that reached a facility (the Pentagon's rule: drones downed en route left out).</summary>
    FacilityStrikes,
}
