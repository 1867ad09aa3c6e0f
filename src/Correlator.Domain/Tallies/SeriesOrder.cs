namespace Correlator.Domain.Tallies;

/// <summary>The order of figures in a series: by as-of date, then report id.</summary>
public sealed class SeriesOrder : IComparer<TallyObservation>
{
    public static readonly SeriesOrder Instance = new();

    private SeriesOrder()
    {
    }

    public int Compare(TallyObservation? x, TallyObservation? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }
        var byDate = x.To.CompareTo(y.To);
        return byDate != 0 ? byDate : StringComparer.Ordinal.Compare(x.ReportId, y.ReportId);
    }
}
