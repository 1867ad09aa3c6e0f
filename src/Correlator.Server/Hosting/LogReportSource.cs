using System.Runtime.CompilerServices;
using Correlator.Domain.Reports;
using Correlator.Grains.Routing;
using Correlator.Storage;

namespace Correlator.Server.Hosting;

/// <summary>Grains rebuild from the durable log, reading only the reports indexed under their scope.</summary>
public sealed class LogReportSource(IReportLog log) : IReportSource
{
    public async IAsyncEnumerable<Report> ReadAsync(GrainScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var stored in log.ReadScopeAsync(scope.ToString(), cancellationToken))
        {
            yield return stored.Report;
        }
    }
}
