using Correlator.Domain.Entities;

namespace Correlator.Domain.Reports;

/// <summary>Turns the names a report uses for bases and groups, in any language or alias, into gazetteer ids.</summary>
public static class ReportResolver
{
    public static (Report Report, IReadOnlyList<ReportProblem> Problems) Resolve(Report report, Gazetteer gazetteer, string path = "")
    {
        var problems = new List<ReportProblem>();
        var baseId = report.Base;
        if (report.Base is not null && (baseId = gazetteer.ResolveBase(report.Base)) is null)
        {
            problems.Add(new ReportProblem(path + "base", $"names no known base: '{report.Base}'", gazetteer.NearestBaseNames(report.Base)));
        }
        var groupId = report.Group;
        if (report.Group is not null && (groupId = gazetteer.ResolveGroup(report.Group)) is null)
        {
            problems.Add(new ReportProblem(path + "group", $"names no known group: '{report.Group}'", gazetteer.NearestGroupNames(report.Group)));
        }
        return (report with { Base = baseId, Group = groupId }, problems);
    }
}
