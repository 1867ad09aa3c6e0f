using Correlator.Domain.Reports;

namespace Correlator.Domain.Reconciliation;

/// <summary>
/// The range of true values a hedged figure allows. "More than 60" is at least 61 with no upper bound;
/// "about 78" is read as within ten per cent either side; "up to 5" is 0 to 5.
/// </summary>
public readonly record struct Bounds(int Low, int? High)
{
    // Decimal, because in binary 100 * 1.1 is a hair above 110 and would round the ceiling up to 111.
    public const decimal AboutTolerance = 0.10m;

    public static Bounds Of(int value, Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => new(value, value),
        Qualifier.AtLeast => new(value, null),
        Qualifier.MoreThan => new(value + 1, null),
        Qualifier.About => new((int)Math.Floor(value * (1 - AboutTolerance)), (int)Math.Ceiling(value * (1 + AboutTolerance))),
        _ => new(0, value),
    };

    /// <summary>The single figure a reader would quote for this hedge.</summary>
    public static int PointOf(int value, Qualifier qualifier) => qualifier == Qualifier.MoreThan ? value + 1 : value;

    public bool Overlaps(Bounds other) => (High is null || other.Low <= High) && (other.High is null || Low <= other.High);

    public bool IsAbove(int count) => Low > count;

    public bool IsBelow(int count) => High is { } high && high < count;
}
