namespace Correlator.Domain.Reports;

/// <summary>The scope of a tally. <see cref="All"/> is the whole theatre, whatever the source called it.</summary>
public enum Region
{
    Iraq,
    Syria,
    Jordan,
    All,
}
