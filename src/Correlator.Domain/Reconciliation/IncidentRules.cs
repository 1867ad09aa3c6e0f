using System.Text.Json;
using Correlator.Domain.Entities;
using Correlator.Domain.Humanizing;
using Correlator.Domain.Reports;

namespace Correlator.Domain.Reconciliation;

/// <summary>The disagreements within one incident: who claimed, who confirmed, and whether their accounts match.</summary>
public static class IncidentRules
{
    public static IReadOnlyList<Discrepancy> Evaluate(Incident incident, Gazetteer gazetteer)
    {
        if (!incident.IsAttack)
        {
            return [];
        }
        var context = new Context(incident, gazetteer);
        var found = new List<Discrepancy>();
        Add(found, context, DiscrepancyKind.UnconfirmedClaim, UnconfirmedClaim(context));
        Add(found, context, DiscrepancyKind.UnclaimedIncident, UnclaimedIncident(context));
        Add(found, context, DiscrepancyKind.OutcomeConflict, OutcomeConflict(context));
        Add(found, context, DiscrepancyKind.WeaponConflict, WeaponConflict(context));
        Add(found, context, DiscrepancyKind.CasualtyConflict, CasualtyConflict(context));
        Add(found, context, DiscrepancyKind.AttributionConflict, AttributionConflict(context));
        return found;
    }

    // Each kind's name as ids spell it, converted once rather than for every discrepancy.
    private static readonly Dictionary<DiscrepancyKind, string> KindNames = Enum.GetValues<DiscrepancyKind>().ToDictionary(k => k, NameOf);

    public static string IdOf(DiscrepancyKind kind, string subject) =>
        $"{(KindNames.TryGetValue(kind, out var name) ? name : NameOf(kind))}:{subject}";

    private static string NameOf(DiscrepancyKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static void Add(List<Discrepancy> found, Context context, DiscrepancyKind kind, (string Summary, IEnumerable<Report> Reports)? result)
    {
        if (result is { } r)
        {
            found.Add(new Discrepancy(IdOf(kind, context.Incident.Id), kind, context.Subject, r.Summary, EvidenceOf(r.Reports)));
        }
    }

    /// <summary>
    /// The reports in id order, a repeated id once (its first): the same list whatever order a rule gathered them in.
    /// An insertion sort, stable and in place: an incident has a handful of reports, and every incident of a grain is
    /// evaluated when it is rebuilt.
    /// </summary>
    private static List<Evidence> EvidenceOf(IEnumerable<Report> reports)
    {
        var ordered = reports.ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            var report = ordered[i];
            var j = i - 1;
            for (; j >= 0 && string.CompareOrdinal(ordered[j].Id, report.Id) > 0; j--)
            {
                ordered[j + 1] = ordered[j];
            }
            ordered[j + 1] = report;
        }
        var evidence = new List<Evidence>(ordered.Length);
        for (var i = 0; i < ordered.Length; i++)
        {
            if (i == 0 || !string.Equals(ordered[i].Id, ordered[i - 1].Id, StringComparison.Ordinal))
            {
                evidence.Add(Evidence.Of(ordered[i]));
            }
        }
        return evidence;
    }

    private static (string, IEnumerable<Report>)? UnconfirmedClaim(Context c)
    {
        if (c.Incident.Confirmed || c.Incident.Claims.ToList() is not [var claim, ..] claims)
        {
            return null;
        }
        var media = c.Incident.MediaReports.Count();
        var tail = media > 0 ? $", though {Phrases.Count(media, "media report")} {(media == 1 ? "mentions" : "mention")} the attack" : "";
        return ($"{c.Claimed(claim)}; no official statement confirms it{tail}.", claims.Concat(c.Incident.MediaReports));
    }

    private static (string, IEnumerable<Report>)? UnclaimedIncident(Context c)
    {
        if (c.Incident.Claimed || c.Incident.Officials.ToList() is not [var official, ..] officials)
        {
            return null;
        }
        return ($"{official.Source.Name} reported {Phrases.Attack(official.Weapon, official.WeaponCount)} on {c.BaseName} "
                + $"{Phrases.When(official.OccurredAt, official.TimePrecision)}; no group has claimed it.", officials);
    }

    private static (string, IEnumerable<Report>)? OutcomeConflict(Context c)
    {
        var effective = c.Accounts.Where(r => r.Outcome is Outcome.Hit or Outcome.Damage).ToList();
        if (effective.Count == 0)
        {
            return null;
        }
        var ineffective = c.Accounts.Where(r => r.Outcome is Outcome.Intercepted or Outcome.NoDamage).ToList();
        if (ineffective.Count == 0)
        {
            return null;
        }
        var said = effective.OrderBy(r => r.Kind == ReportKind.Claim ? 0 : 1).First();
        var denied = ineffective.OrderBy(r => r.Kind == ReportKind.OfficialIncident ? 0 : 1).First();
        var plural = Phrases.IsPlural(said.Weapon, said.WeaponCount);
        var relative = Phrases.Relative(denied.Source.PublishedAt, said.Source.PublishedAt, said.Kind == ReportKind.Claim ? "the claim" : "that report");
        return ($"{c.Who(said)} says {Phrases.Weapons(said.Weapon, said.WeaponCount)} {Phrases.Outcome(said.Outcome!.Value, plural)} at "
                + $"{c.BaseName} {Phrases.When(said.OccurredAt, said.TimePrecision)}; {c.Who(denied)} says the attack "
                + $"{Phrases.Outcome(denied.Outcome!.Value, false)}{(relative.Length > 0 ? $", {relative}" : "")}.", effective.Concat(ineffective));
    }

    private static (string, IEnumerable<Report>)? WeaponConflict(Context c)
    {
        var armed = c.Accounts.Where(r => r.Weapon is not (null or Weapon.Unknown)).ToList();
        // One armed account cannot differ from itself.
        if (armed.Count < 2)
        {
            return null;
        }
        var versions = armed.GroupBy(r => (r.Weapon, r.WeaponCount)).ToList();
        var weapons = armed.Select(r => r.Weapon).Distinct().Count();
        // A report that gives no count does not contradict one that does.
        var counts = armed.Where(r => r.WeaponCount is not null).GroupBy(r => (r.Weapon, r.WeaponCount)).Count();
        if (weapons < 2 && counts < 2 || versions.Count < 2)
        {
            return null;
        }
        var what = weapons > 1 ? "the weapon" : "the number of weapons";
        var accounts = versions.Select(v => v.First()).Take(3).Select(r => $"{c.Who(r)} says {Phrases.Weapons(r.Weapon, r.WeaponCount)}");
        return ($"Accounts of the attack on {c.BaseName} {c.When} differ on {what}: {string.Join(", ", accounts)}.", armed);
    }

    private static (string, IEnumerable<Report>)? CasualtyConflict(Context c)
    {
        var counted = c.Accounts.Where(r => r.Casualties is not null).ToList();
        if (counted.Count < 2)
        {
            return null;
        }
        foreach (var a in counted)
        {
            foreach (var b in counted)
            {
                if (string.CompareOrdinal(a.Id, b.Id) < 0 && Disagree(a.Casualties!, b.Casualties!))
                {
                    return (CasualtySummary(c, a, b), counted);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// One source giving two figures has revised its own count (injuries such as brain injuries surface weeks later):
    /// said in the order it gave them, with when, rather than as two voices that disagree.
    /// </summary>
    private static string CasualtySummary(Context c, Report a, Report b)
    {
        if (!string.Equals(c.Who(a), c.Who(b), StringComparison.Ordinal))
        {
            return $"Casualty figures for the attack on {c.BaseName} {c.When} disagree: {c.Who(a)} gives "
                   + $"{Phrases.Casualties(a.Casualties!)}, {c.Who(b)} {Phrases.Casualties(b.Casualties!)}.";
        }
        var (first, then) = b.Source.PublishedAt < a.Source.PublishedAt ? (b, a) : (a, b);
        static string On(Report r) => r.Source.PublishedAt is { } published ? $" on {Phrases.Date(published)}" : "";
        return $"Casualty figures for the attack on {c.BaseName} {c.When} were revised: {c.Who(first)} gave "
               + $"{Phrases.Casualties(first.Casualties!)}{On(first)}, then {Phrases.Casualties(then.Casualties!)}{On(then)}.";
    }

    private static bool Disagree(Casualties a, Casualties b) =>
        Disagree(a.Killed, b.Killed, a.Qualifier, b.Qualifier) || Disagree(a.Injured, b.Injured, a.Qualifier, b.Qualifier);

    private static bool Disagree(int? a, int? b, Qualifier qa, Qualifier qb) =>
        a is not null && b is not null && !Bounds.Of(a.Value, qa).Overlaps(Bounds.Of(b.Value, qb));

    private static (string, IEnumerable<Report>)? AttributionConflict(Context c)
    {
        var claims = c.Incident.Claims.Where(r => r.Group is not null).ToList();
        if (claims.Count == 0)
        {
            return null;
        }
        var blamed = c.Incident.Reports.Where(r => r.Kind != ReportKind.Claim && r.Group is not null).ToList();
        foreach (var claim in claims)
        {
            var other = claims.Concat(blamed).FirstOrDefault(r => !c.Gazetteer.IsSameOrMember(claim.Group!, r.Group!));
            if (other is not null)
            {
                var verb = other.Kind == ReportKind.Claim ? "also claims it" : $"attributes it to {c.GroupName(other.Group!)}";
                return ($"{c.GroupName(claim.Group!)} claimed the attack on {c.BaseName} {c.When}, but {c.Who(other)} {verb}.",
                        claims.Concat(blamed));
            }
        }
        return null;
    }

    private sealed class Context(Incident incident, Gazetteer gazetteer)
    {
        private DiscrepancySubject? subject;

        public Incident Incident { get; } = incident;
        public Gazetteer Gazetteer { get; } = gazetteer;
        public string BaseName { get; } = gazetteer.FindBase(incident.Base)?.Name ?? incident.Base;
        public IReadOnlyList<Report> Accounts { get; } = incident.Reports.Where(r => r.Kind != ReportKind.Attribution).ToList();

        /// <summary>One for all the incident's discrepancies: they are about the same incident.</summary>
        public DiscrepancySubject Subject => subject ??= new(
            Base: Incident.Base,
            Groups: Incident.Groups,
            Region: Gazetteer.FindBase(Incident.Base)?.Country,
            Incident: Incident.Id);

        public string When => Phrases.When(Incident.Anchor.OccurredAt, Incident.Anchor.TimePrecision);

        public string GroupName(string id) => Gazetteer.FindGroup(id)?.Name ?? id;

        /// <summary>A claimant is named by its group; anyone else by the source that spoke.</summary>
        public string Who(Report report) =>
            report.Kind == ReportKind.Claim && report.Group is not null ? GroupName(report.Group) : report.Source.Name;

        public string Claimed(Report claim) => claim.Outcome is null or Outcome.Unknown
            ? $"{Who(claim)} claimed {Phrases.Attack(claim.Weapon, claim.WeaponCount)} on {BaseName} {Phrases.When(claim.OccurredAt, claim.TimePrecision)}"
            : $"{Who(claim)} claimed that {Phrases.Weapons(claim.Weapon, claim.WeaponCount)} {Phrases.Outcome(claim.Outcome.Value, Phrases.IsPlural(claim.Weapon, claim.WeaponCount))} "
              + $"at {BaseName} {Phrases.When(claim.OccurredAt, claim.TimePrecision)}";
    }
}
