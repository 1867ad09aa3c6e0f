using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;
using Correlator.Domain.Tallies;

namespace Correlator.Domain.Tests.Tallies;

/// <summary>Reports reconciled by one theatre-wide tally book, as the region grain for the whole theatre does.</summary>
internal static class TheatreTallies
{
    public static (IReadOnlyList<TallySeries> Series, IReadOnlyList<Discrepancy> Found) Reconcile(params Report[] reports)
    {
        var book = new TallyBook(Region.All);
        foreach (var report in reports)
        {
            book.Add(report);
        }
        var series = book.Series();
        return (series, book.Discrepancies(series));
    }
}
