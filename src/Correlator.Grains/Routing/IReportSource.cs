using Correlator.Domain.Reports;

namespace Correlator.Grains.Routing;

/// <summary>Where a grain reads its reports from when it activates: the durable log, filtered to its scope.</summary>
public interface IReportSource
{
    IAsyncEnumerable<Report> ReadAsync(GrainScope scope, CancellationToken cancellationToken);
}
