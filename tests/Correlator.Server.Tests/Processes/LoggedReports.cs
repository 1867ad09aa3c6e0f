using System.Data.Common;
using Correlator.Domain.Reports;

namespace Correlator.Server.Tests.Processes;

/// <summary>What a log holds, read straight from its reports table (SQLite or PostgreSQL), not through the server.</summary>
internal static class LoggedReports
{
    public static async Task<Dictionary<string, Report>> ReadAsync(DbConnection connection)
    {
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM reports ORDER BY seq";
        await using var row = await command.ExecuteReaderAsync();
        var reports = new Dictionary<string, Report>(StringComparer.Ordinal);
        while (await row.ReadAsync())
        {
            var report = ReportJson.Deserialize(row.GetString(0));
            reports[report.Id] = report;
        }
        return reports;
    }
}
