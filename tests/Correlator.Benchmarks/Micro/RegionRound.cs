using System.Diagnostics;
using Correlator.Domain.Reports;
using Correlator.Domain.Tallies;

namespace Correlator.Benchmarks.Micro;

/// <summary>
/// What one ingest round costs the theatre-wide region grain once it holds a long history: a few new reports, then
/// the series and discrepancies again, as <c>RegionGrain.Apply</c> does after every round. The cost of a round should
/// not grow with the history; this shows whether it does.
/// </summary>
public static class RegionRound
{
    private const int ReportsPerRound = 10;
    private const int Rounds = 100;

    /// <summary>Milliseconds per round, with <paramref name="held"/> reports already in the grain.</summary>
    public static double Measure(int held)
    {
        var reports = MicroData.TheatreReports;
        held = Math.Min(held, reports.Count - ReportsPerRound * Rounds);
        var book = new TallyBook(Region.All);
        foreach (var report in reports.Take(held))
        {
            book.Add(report);
        }
        book.Discrepancies(book.Series());
        var clock = Stopwatch.StartNew();
        foreach (var round in reports.Skip(held).Take(ReportsPerRound * Rounds).Chunk(ReportsPerRound))
        {
            foreach (var report in round)
            {
                book.Add(report);
            }
            book.Discrepancies(book.Series());
        }
        var elapsed = clock.Elapsed;
        // The book was revised round by round; a book given the same reports at once must say the same.
        var whole = new TallyBook(Region.All);
        foreach (var report in reports.Take(held + ReportsPerRound * Rounds))
        {
            whole.Add(report);
        }
        var (revised, rebuilt) = (book.Series(), whole.Series());
        if (!revised.Select(s => (s.Logged, s.Estimate)).SequenceEqual(rebuilt.Select(s => (s.Logged, s.Estimate))))
        {
            throw new InvalidOperationException("A region grain revised round by round disagrees with one rebuilt from the same reports.");
        }
        return elapsed.TotalMilliseconds / Rounds;
    }
}
