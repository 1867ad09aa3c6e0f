namespace Correlator.Domain.Reports;

public enum TallyMetric
{
    Attacks,
    Injured,
    Killed,
}
