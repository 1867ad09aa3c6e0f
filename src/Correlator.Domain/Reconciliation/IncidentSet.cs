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
    private readonly Dictionary<string, Member> members = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Base, long Day), List<Member>> byDay = new();
    private readonly Dictionary<string, Incident> incidents = new(StringComparer.Ordinal);

    public int ReportCount => members.Count;

    public IEnumerable<Incident> Incidents => incidents.Values;

    public Incident? Find(string id) => incidents.GetValueOrDefault(id);

    /// <summary>True for reports that tell of one attack at one base at a known time.</summary>
    public static bool Takes(Report report) =>
        report.Base is not null && report.OccurredAt is not null && CampOf.Report(report) is not null;

    /// <summary>Adds a report; answers the ids of incidents that changed and of those that were merged away.</summary>
    public IncidentChange Add(Report report)
    {
        if (!Takes(report) || members.ContainsKey(report.Id))
        {
            return IncidentChange.None;
        }

        var window = TimeWindow.Around(report.OccurredAt!.Value, report.TimePrecision);
        var member = new Member(report, window, CampOf.Report(report)!.Value);
        var linked = new HashSet<MemberGroup>();
        foreach (var day in Days(window))
        {
            if (!byDay.TryGetValue((report.Base!, day), out var bucket))
            {
                byDay[(report.Base!, day)] = bucket = [];
            }
            foreach (var other in bucket)
            {
                if (Links(member, other))
                {
                    linked.Add(other.Group);
                }
            }
            bucket.Add(member);
        }
        members[report.Id] = member;

        var removed = new List<string>();
        var group = new MemberGroup();
        group.Members.Add(member);
        foreach (var old in linked)
        {
            removed.Add(old.IncidentId);
            incidents.Remove(old.IncidentId);
            group.Members.AddRange(old.Members);
        }
        foreach (var m in group.Members)
        {
            m.Group = group;
        }
        var incident = Build(group);
        incidents[incident.Id] = incident;
        removed.Remove(incident.Id);
        return new IncidentChange(incident.Id, removed);
    }

    private static bool Links(Member a, Member b) =>
        a.Window.Overlaps(b.Window) && (a.Camp != b.Camp || WeaponsAgree(a.Report, b.Report));

    private static bool WeaponsAgree(Report a, Report b) =>
        (a.Weapon ?? Weapon.Unknown) == Weapon.Unknown || (b.Weapon ?? Weapon.Unknown) == Weapon.Unknown || a.Weapon == b.Weapon;

    private static IEnumerable<long> Days(TimeWindow window)
    {
        var first = window.Start.UtcTicks / TimeSpan.TicksPerDay;
        var last = (window.End.UtcTicks - 1) / TimeSpan.TicksPerDay;
        for (var day = first; day <= last; day++)
        {
            yield return day;
        }
    }

    private static Incident Build(MemberGroup group)
    {
        var ordered = group.Members.OrderBy(m => m.Report.Id, StringComparer.Ordinal).ToList();
        var start = ordered.Min(m => m.Window.Start);
        var end = ordered.Max(m => m.Window.End);
        // The id follows the earliest report, so an incident keeps its id when later reports join it. One pass, not a
        // second sort: this runs for every report added.
        var first = ordered[0];
        foreach (var m in ordered)
        {
            if (m.Window.Start < first.Window.Start)
            {
                first = m;
            }
        }
        var id = $"{first.Report.Base}:{first.Report.Id}";
        group.IncidentId = id;
        return new Incident(id, first.Report.Base!, new TimeWindow(start, end), ordered.Select(m => m.Report).ToList());
    }

    private sealed class Member(Report report, TimeWindow window, Camp camp)
    {
        public Report Report { get; } = report;
        public TimeWindow Window { get; } = window;
        public Camp Camp { get; } = camp;
        public MemberGroup Group { get; set; } = null!;
    }

    private sealed class MemberGroup
    {
        public List<Member> Members { get; } = [];
        public string IncidentId { get; set; } = "";
    }
}
