using Correlator.Domain.Tallies;
using FsCheck;
using FsCheck.Fluent;

namespace Correlator.Domain.Tests.Tallies;

public sealed class LoggedTimelineTests
{
    private static readonly DateTimeOffset Start = new(2023, 10, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_timeline_kept_up_to_date_counts_every_window_as_a_scan_of_its_incidents_does()
    {
        Prop.ForAll<int>(seed =>
        {
            var random = new Random(seed);
            var timeline = new LoggedTimeline();
            var held = new List<LoggedIncident>();
            for (var step = 0; step < 60; step++)
            {
                if (held.Count > 0 && random.Next(4) == 0)
                {
                    var gone = held[random.Next(held.Count)];
                    held.Remove(gone);
                    timeline.Remove(gone).ShouldBeTrue();
                }
                else
                {
                    // Few distinct instants, so that many incidents share one.
                    var incident = new LoggedIncident(Start.AddHours(random.Next(12)).UtcTicks, random.Next(2) == 0, random.Next(3), random.Next(3));
                    held.Add(incident);
                    timeline.Add(incident);
                }
                var from = random.Next(3) == 0 ? (DateTimeOffset?)null : Start.AddHours(random.Next(-1, 13));
                var end = Start.AddHours(random.Next(-1, 14));
                timeline.Between(from, end).ShouldBe(Scan(held, from, end));
                timeline.Count.ShouldBe(held.Count);
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Removing_an_incident_the_timeline_does_not_hold_changes_nothing()
    {
        var timeline = new LoggedTimeline();
        timeline.Add(new LoggedIncident(Start.UtcTicks, true, 1, 0));

        timeline.Remove(new LoggedIncident(Start.UtcTicks, false, 1, 0)).ShouldBeFalse();

        timeline.Between(null, Start.AddDays(1)).ShouldBe(new LoggedCounts(1, 1, 1, 0));
    }

    private static LoggedCounts Scan(List<LoggedIncident> held, DateTimeOffset? from, DateTimeOffset end)
    {
        var inside = held.Where(i => (from is null || i.UtcTicks >= from.Value.UtcTicks) && i.UtcTicks < end.UtcTicks && (from is null || from < end)).ToList();
        return new LoggedCounts(inside.Count, inside.Count(i => i.Claimed), inside.Sum(i => i.Killed), inside.Sum(i => i.Injured));
    }
}
