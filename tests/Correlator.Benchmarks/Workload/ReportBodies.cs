using System.Text;
using Correlator.Domain.Reports;

namespace Correlator.Benchmarks.Workload;

/// <summary>Reports as a client posts them: the API's camelCase JSON, one report or an array of them.</summary>
public static class ReportBodies
{
    public static byte[] One(Report report) => Encoding.UTF8.GetBytes(ReportJson.Serialize(report));

    public static byte[] Many(IEnumerable<Report> reports) => Encoding.UTF8.GetBytes("[" + string.Join(",", reports.Select(ReportJson.Serialize)) + "]");
}
