using Correlator.Domain.Reports;

namespace Correlator.Domain.Reconciliation;

/// <summary>
/// Groups reports of single attacks into incidents. Two reports belong to one incident when they are about the same
/// base, their time windows overlap, and they agree on the weapon or come from different camps (a claim and an
/// official statement that disagree on the weapon are still one attack, and that disagreement is worth showing).
/// Incidents are the connected groups of that relation, so they depend only on the set of reports, never on their
/// arrival order. Pure and in memory; a grain owns one.
/// </summary>
public sealed class IncidentSet
{
    // No index of members by report id: the log holds one report per id, so a report given again has the same base
    // and window and is found in the bucket of its first day. Every attack report sits in three sets (its base's, its
    // country's and the theatre's), so each byte kept per member counts three times.
    private readonly Dictionary<(string Base, long Day), List<Member>> byDay = new();
    private readonly Dictionary<string, MemberGroup> incidents = new(StringComparer.Ordinal);
    private readonly List<MemberGroup> linked = [];

    public int ReportCount { get; private set; }

    public IEnumerable<Incident> Incidents => incidents.Values.Select(g => g.Incident);

    /// <summary>The incidents' ids, without building any incident.</summary>
    public IEnumerable<string> IncidentIds => incidents.Keys;

    public Incident? Find(string id) => incidents.GetValueOrDefault(id)?.Incident;

    /// <summary>
    /// An incident's reports in no particular order, without building (or keeping) the incident: for a reader whose
    /// answer does not depend on their order and that keeps only a summary (a region's timeline).
    /// </summary>
    public Report[]? ReportsOf(string id) => incidents.GetValueOrDefault(id)?.Reports();

    /// <summary>True for reports that tell of one attack at one base at a known time.</summary>
    public static bool Takes(Report report) =>
        report.Base is not null && report.OccurredAt is not null && CampOf.Report(report) is not null;

    /// <summary>Adds a report; answers the ids of incidents that changed and of those that were merged away.</summary>
    public IncidentChange Add(Report report)
    {
        if (!Takes(report))
        {
            return IncidentChange.None;
        }

        var window = TimeWindow.Around(report.OccurredAt!.Value, report.TimePrecision);
        var first = window.Start.UtcTicks / TimeSpan.TicksPerDay;
        if (byDay.TryGetValue((report.Base!, first), out var firstBucket) && Holds(firstBucket, report.Id))
        {
            return IncidentChange.None;
        }
        var member = new Member(report, window.Start.UtcTicks, window.End.UtcTicks);
        // A handful of groups at most: a list beats hashing every group object. One list reused for every add, since a
        // rebuild adds every report of the grain's history in a row.
        var linked = this.linked;
        linked.Clear();
        var last = (window.End.UtcTicks - 1) / TimeSpan.TicksPerDay;
        for (var day = first; day <= last; day++)
        {
            if (!byDay.TryGetValue((report.Base!, day), out var bucket))
            {
                byDay[(report.Base!, day)] = bucket = [];
            }
            foreach (var other in bucket)
            {
                if (!linked.Contains(other.Group) && Links(member, other))
                {
                    linked.Add(other.Group);
                }
            }
            bucket.Add(member);
        }
        ReportCount++;

        var group = linked.Count == 0 ? new MemberGroup() : Largest(linked);
        // The ids as they were before the merge: a group that absorbs an earlier one takes its id.
        var removed = new List<string>(linked.Count);
        foreach (var old in linked)
        {
            removed.Add(old.IncidentId);
            incidents.Remove(old.IncidentId);
        }
        foreach (var old in linked)
        {
            if (old != group)
            {
                group.Absorb(old);
            }
        }
        group.Join(member);
        incidents[group.IncidentId] = group;
        removed.Remove(group.IncidentId);
        return new IncidentChange(group.IncidentId, removed);
    }

    /// <summary>The group with the most members, the first of equals: the one the others merge into.</summary>
    private static MemberGroup Largest(List<MemberGroup> groups)
    {
        var largest = groups[0];
        for (var i = 1; i < groups.Count; i++)
        {
            if (groups[i].Members.Count > largest.Members.Count)
            {
                largest = groups[i];
            }
        }
        return largest;
    }

    private static bool Holds(List<Member> bucket, string id)
    {
        foreach (var member in bucket)
        {
            if (string.Equals(member.Report.Id, id, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Links(Member a, Member b) =>
        a.Start < b.End && b.Start < a.End && (CampOf.Report(a.Report) != CampOf.Report(b.Report) || WeaponsAgree(a.Report, b.Report));

    private static bool WeaponsAgree(Report a, Report b) =>
        (a.Weapon ?? Weapon.Unknown) == Weapon.Unknown || (b.Weapon ?? Weapon.Unknown) == Weapon.Unknown || a.Weapon == b.Weapon;

    /// <summary>A report and its window as UTC ticks: the window's offsets are only needed when an incident is built.</summary>
    private sealed class Member(Report report, long start, long end)
    {
        public Report Report { get; } = report;
        public long Start { get; } = start;
        public long End { get; } = end;
        public MemberGroup Group { get; set; } = null!;
    }

    /// <summary>
    /// One connected group. Its incident is built when first read after a change, not on every report added: a grain
    /// rebuilding from the log adds thousands of reports before it reads any incident.
    /// </summary>
    private sealed class MemberGroup
    {
        private Member? first;
        private Incident? incident;

        public List<Member> Members { get; } = [];

        public string IncidentId { get; private set; } = "";

        public Incident Incident => incident ??= Build();

        public Report[] Reports()
        {
            var reports = new Report[Members.Count];
            for (var i = 0; i < reports.Length; i++)
            {
                reports[i] = Members[i].Report;
            }
            return reports;
        }

        public void Join(Member member)
        {
            Members.Add(member);
            member.Group = this;
            Consider(member);
            incident = null;
        }

        public void Absorb(MemberGroup other)
        {
            foreach (var member in other.Members)
            {
                Members.Add(member);
                member.Group = this;
            }
            Consider(other.first!);
            incident = null;
        }

        // The id follows the earliest report (the smallest id among equally early ones), so an incident keeps its id
        // when later reports join it, whatever order they came in.
        private void Consider(Member candidate)
        {
            if (first is null
                || candidate.Start < first.Start
                || candidate.Start == first.Start && string.CompareOrdinal(candidate.Report.Id, first.Report.Id) < 0)
            {
                first = candidate;
                IncidentId = $"{candidate.Report.Base}:{candidate.Report.Id}";
            }
        }

        private Incident Build()
        {
            // In id order, so the incident (and which of two equal instants its window keeps) is independent of arrival.
            var ordered = Members.ToArray();
            Array.Sort(ordered, (a, b) => string.CompareOrdinal(a.Report.Id, b.Report.Id));
            var reports = new Report[ordered.Length];
            var (start, end) = WindowOf(ordered[0].Report);
            for (var i = 0; i < ordered.Length; i++)
            {
                var window = WindowOf(ordered[i].Report);
                reports[i] = ordered[i].Report;
                start = window.Start < start ? window.Start : start;
                end = window.End > end ? window.End : end;
            }
            return new Incident(IncidentId, first!.Report.Base!, new TimeWindow(start, end), reports);
        }

        private static TimeWindow WindowOf(Report report) => TimeWindow.Around(report.OccurredAt!.Value, report.TimePrecision);
    }
}
