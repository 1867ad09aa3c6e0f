namespace Correlator.Domain.Reports;

/// <summary>How precisely a report dates the attack; decides how wide its matching window is.</summary>
public enum TimePrecision
{
    Exact,
    Hour,
    Day,
    Week,
    Month,
}
