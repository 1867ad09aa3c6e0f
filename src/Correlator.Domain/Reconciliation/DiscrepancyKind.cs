namespace Correlator.Domain.Reconciliation;

public enum DiscrepancyKind
{
    UnconfirmedClaim,
    UnclaimedIncident,
    OutcomeConflict,
    WeaponConflict,
    CasualtyConflict,
    AttributionConflict,
    TallyGap,
    ClaimTallyGap,
    TallyRevision,
}
