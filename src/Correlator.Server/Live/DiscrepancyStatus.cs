namespace Correlator.Server.Live;

public enum DiscrepancyStatus
{
    Open,
    Updated,
    Resolved,
}
