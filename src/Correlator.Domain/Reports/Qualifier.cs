namespace Correlator.Domain.Reports;

/// <summary>How a figure is hedged: "more than 60" is a lower bound, not 60.</summary>
public enum Qualifier
{
    Exact,
    AtLeast,
    MoreThan,
    About,
    UpTo,
}
